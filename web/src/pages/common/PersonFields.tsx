// Who asks: name, document, e-mail, phone and address, as the PQRS intake ("peticionario") and the
// affiliation intake ("solicitante") both take them. The form that holds them owns the draft, the
// problems and the ids; this draws the fields and says which one changed.
import { MenuItem, Stack, TextField } from '@mui/material';
import { DOCUMENT_TYPE_LABELS, DOCUMENT_TYPES } from '../../logic/pqrs-labels';
import { RECEIVE_LIMITS, type PetitionerDraft } from '../../logic/receive-form';

/** What a text field of the form needs: its id, its message and when it counts as visited. */
export interface PersonFieldProps {
  readonly id: string;
  readonly error: boolean;
  readonly helperText: string | undefined;
  readonly onBlur: () => void;
}

export function PersonFields({
  person,
  onChange,
  fieldProps,
}: {
  readonly person: PetitionerDraft;
  readonly onChange: (patch: Partial<PetitionerDraft>) => void;
  /** The props of the field named by its key in the person (the form prefixes its own path). */
  readonly fieldProps: (field: keyof PetitionerDraft) => PersonFieldProps;
}) {
  return (
    <>
      <TextField
        required
        label="Nombre completo o razón social"
        value={person.name}
        onChange={(event) => onChange({ name: event.target.value })}
        autoComplete="off"
        slotProps={{ htmlInput: { maxLength: RECEIVE_LIMITS.name } }}
        {...fieldProps('name')}
      />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField
          select
          required
          label="Tipo de documento"
          value={person.documentType}
          onChange={(event) => onChange({ documentType: event.target.value })}
          {...fieldProps('documentType')}
          sx={{ minWidth: 280 }}
        >
          {DOCUMENT_TYPES.map((type) => (
            <MenuItem key={type} value={type}>
              {type} — {DOCUMENT_TYPE_LABELS[type]}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          required
          label="Número de documento"
          value={person.documentNumber}
          onChange={(event) => onChange({ documentNumber: event.target.value })}
          autoComplete="off"
          slotProps={{ htmlInput: { maxLength: RECEIVE_LIMITS.documentNumber } }}
          {...fieldProps('documentNumber')}
          sx={{ flex: 1 }}
        />
      </Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField
          type="email"
          label="Correo electrónico"
          value={person.email}
          onChange={(event) => onChange({ email: event.target.value })}
          autoComplete="off"
          slotProps={{ htmlInput: { maxLength: RECEIVE_LIMITS.email } }}
          {...fieldProps('email')}
          sx={{ flex: 1 }}
        />
        <TextField
          type="tel"
          label="Teléfono"
          value={person.phone}
          onChange={(event) => onChange({ phone: event.target.value })}
          autoComplete="off"
          slotProps={{ htmlInput: { maxLength: RECEIVE_LIMITS.phone } }}
          {...fieldProps('phone')}
          sx={{ flex: 1 }}
        />
      </Stack>
      <TextField
        label="Dirección"
        value={person.address}
        onChange={(event) => onChange({ address: event.target.value })}
        autoComplete="off"
        slotProps={{ htmlInput: { maxLength: RECEIVE_LIMITS.address } }}
        {...fieldProps('address')}
      />
    </>
  );
}
