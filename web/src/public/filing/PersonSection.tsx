// Who files: the person type first (anonymous only where the chosen kind admits it), then what that type
// asks for — document, name or razón social, contact data and where to send the answer. The fields the
// chosen answer channel needs become required and say so.
import {
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import type { AnswerChannel, PersonType } from '../../graphql/generated/graphql';
import { DOCUMENT_TYPE_LABELS, DOCUMENT_TYPES } from '../../logic/pqrs-labels';
import { RECEIVE_LIMITS } from '../../logic/receive-form';
import {
  ANSWER_CHANNEL_LABELS,
  nameLabel,
  PERSON_TYPE_LABELS,
  type FilingDraft,
  type FilingField,
  type PersonDraft,
} from '../logic/filing-form';
import { filingFieldId } from './field-ids';

interface Props {
  readonly draft: FilingDraft;
  readonly personTypes: readonly PersonType[];
  readonly onPersonType: (personType: PersonType) => void;
  readonly onPerson: (patch: Partial<PersonDraft>) => void;
  readonly onAnswerChannel: (channel: AnswerChannel) => void;
  readonly messageOf: (field: FilingField) => string | undefined;
  readonly onLeave: (field: FilingField) => void;
}

const ANSWER_CHANNELS: readonly AnswerChannel[] = ['EMAIL', 'POSTAL'];

export function PersonSection({
  draft,
  personTypes,
  onPersonType,
  onPerson,
  onAnswerChannel,
  messageOf,
  onLeave,
}: Props) {
  const { person } = draft;

  /** A text field's shared props: id, message (or its hint) and when it counts as visited. */
  const textProps = (field: FilingField, hint?: string) => {
    const message = messageOf(field);
    return {
      id: filingFieldId(field),
      error: Boolean(message),
      helperText: message ?? hint,
      onBlur: () => onLeave(field),
      fullWidth: true,
    };
  };

  const typeId = filingFieldId('personType');
  const typeMessage = messageOf('personType');
  const channelId = filingFieldId('answerChannel');
  const channelMessage = messageOf('answerChannel');

  return (
    <Stack spacing={2}>
      <FormControl component="fieldset" required error={Boolean(typeMessage)}>
        <FormLabel component="legend" sx={{ fontWeight: 600, color: 'text.primary' }}>
          ¿Cómo se identifica?
        </FormLabel>
        <RadioGroup
          id={typeId}
          name="personType"
          value={draft.personType}
          onChange={(event) => onPersonType(event.target.value as PersonType)}
          aria-describedby={typeMessage ? `${typeId}-error` : undefined}
        >
          {personTypes.map((type) => (
            <FormControlLabel key={type} value={type} control={<Radio />} label={PERSON_TYPE_LABELS[type]} />
          ))}
        </RadioGroup>
        {typeMessage && <FormHelperText id={`${typeId}-error`}>{typeMessage}</FormHelperText>}
      </FormControl>

      {draft.personType === 'ANONYMOUS' && (
        <Typography data-testid="anonymous-note">
          No le pediremos datos personales. Como no sabremos a quién responder, la respuesta solo podrá leerla
          en «Consultar», con el número de radicado y el código de consulta que le daremos al radicar.
        </Typography>
      )}
      {draft.personType === 'MINOR' && (
        <Typography>
          Los niños, niñas y adolescentes pueden presentar peticiones directamente, y se atienden con
          prioridad (Ley 1755 de 2015, artículo 20).
        </Typography>
      )}

      {draft.personType !== '' && draft.personType !== 'ANONYMOUS' && (
        <>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <TextField
              select
              required
              label="Tipo de documento"
              value={person.documentType}
              onChange={(event) => onPerson({ documentType: event.target.value })}
              slotProps={{ select: { native: true } }}
              {...textProps('person.documentType')}
            >
              {DOCUMENT_TYPES.map((type) => (
                <option key={type} value={type}>
                  {DOCUMENT_TYPE_LABELS[type]}
                </option>
              ))}
            </TextField>
            <TextField
              required
              label={draft.personType === 'LEGAL' ? 'Número de NIT' : 'Número de documento'}
              value={person.documentNumber}
              onChange={(event) => onPerson({ documentNumber: event.target.value })}
              autoComplete="off"
              slotProps={{ htmlInput: { maxLength: RECEIVE_LIMITS.documentNumber } }}
              {...textProps('person.documentNumber')}
            />
          </Stack>
          <TextField
            required
            label={nameLabel(draft.personType)}
            value={person.name}
            onChange={(event) => onPerson({ name: event.target.value })}
            autoComplete={draft.personType === 'LEGAL' ? 'organization' : 'name'}
            slotProps={{ htmlInput: { maxLength: RECEIVE_LIMITS.name } }}
            {...textProps('person.name')}
          />
          <TextField
            type="email"
            required={draft.answerChannel === 'EMAIL'}
            label="Correo electrónico"
            value={person.email}
            onChange={(event) => onPerson({ email: event.target.value })}
            autoComplete="email"
            slotProps={{ htmlInput: { maxLength: RECEIVE_LIMITS.email } }}
            {...textProps(
              'person.email',
              'Obligatorio si quiere recibir la respuesta por correo electrónico.',
            )}
          />
          <TextField
            type="tel"
            label="Teléfono"
            value={person.phone}
            onChange={(event) => onPerson({ phone: event.target.value })}
            autoComplete="tel"
            slotProps={{ htmlInput: { maxLength: RECEIVE_LIMITS.phone } }}
            {...textProps('person.phone', 'Opcional.')}
          />
          <TextField
            required={draft.answerChannel === 'POSTAL'}
            label="Dirección postal"
            value={person.address}
            onChange={(event) => onPerson({ address: event.target.value })}
            autoComplete="street-address"
            slotProps={{ htmlInput: { maxLength: RECEIVE_LIMITS.address } }}
            {...textProps(
              'person.address',
              'Con ciudad y departamento. Obligatoria si quiere recibir la respuesta por correspondencia.',
            )}
          />
          <FormControl component="fieldset" required error={Boolean(channelMessage)}>
            <FormLabel component="legend" sx={{ fontWeight: 600, color: 'text.primary' }}>
              ¿Por dónde quiere recibir la respuesta?
            </FormLabel>
            <RadioGroup
              id={channelId}
              name="answerChannel"
              value={draft.answerChannel}
              onChange={(event) => onAnswerChannel(event.target.value as AnswerChannel)}
              aria-describedby={channelMessage ? `${channelId}-error` : undefined}
            >
              {ANSWER_CHANNELS.map((channel) => (
                <FormControlLabel
                  key={channel}
                  value={channel}
                  control={<Radio />}
                  label={ANSWER_CHANNEL_LABELS[channel]}
                />
              ))}
            </RadioGroup>
            {channelMessage && <FormHelperText id={`${channelId}-error`}>{channelMessage}</FormHelperText>}
          </FormControl>
        </>
      )}
    </Stack>
  );
}
