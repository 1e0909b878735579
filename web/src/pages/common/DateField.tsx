// The date and the date-and-hour fields of every staff form: dd/mm/aaaa and a 24-hour clock whatever the
// browser's language (a native date input follows the browser, and an English one shows mm/dd/yyyy and
// AM/PM). Typed section by section or picked on a calendar; the form gets and gives the same strings a
// native input did (logic/date-input.ts), so its checks and messages stay as they were.
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { DateTimePicker } from '@mui/x-date-pickers/DateTimePicker';
import { PickersTextField, type PickersTextFieldProps } from '@mui/x-date-pickers/PickersTextField';
import type { Dayjs } from 'dayjs';
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { SxProps, Theme } from '@mui/material';
import {
  DISPLAY_FORMATS,
  followsForm,
  pickedOf,
  UNFINISHED_DATE,
  valueOf,
  type DateInputKind,
} from '../../logic/date-input.js';

export interface DateFieldProps {
  readonly label: string;
  /** 'YYYY-MM-DD' for a date, 'YYYY-MM-DDTHH:mm' (Bogotá's wall clock) for a date and hour; '' when empty. */
  readonly value: string;
  /** The same kind of value; '' when emptied, UNFINISHED_DATE while half typed. */
  readonly onChange: (value: string) => void;
  /** The id of the field's input: a form's "go to the first error" focuses it. */
  readonly id?: string;
  readonly error?: boolean;
  readonly helperText?: ReactNode;
  readonly required?: boolean;
  readonly size?: 'small' | 'medium';
  /** The first and last days (or instants) the calendar offers, in the same form as the value. */
  readonly min?: string;
  readonly max?: string;
  readonly onBlur?: () => void;
  readonly sx?: SxProps<Theme>;
}

/** The shown value follows the form's when the form sets one, and keeps a half-typed date otherwise. */
function usePicked(value: string, kind: DateInputKind) {
  const [picked, setPicked] = useState<Dayjs | null>(() => pickedOf(value, kind));
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (followsForm(value, picked, kind)) setPicked(pickedOf(value, kind));
  }
  return [picked, setPicked] as const;
}

/**
 * The picker's own text field, telling whether any part is typed: a date half typed into an empty field
 * leaves the picker's value empty (null), and the form must not take it for an empty field.
 */
function TypedTextField({
  onTyped,
  ...props
}: PickersTextFieldProps & { readonly onTyped: (typed: boolean) => void }) {
  const typed = !props.areAllSectionsEmpty;
  const report = useRef(onTyped);
  report.current = onTyped;
  useEffect(() => report.current(typed), [typed]);
  return <PickersTextField {...props} />;
}

function useFieldParts(props: DateFieldProps, kind: DateInputKind) {
  const [picked, setPicked] = usePicked(props.value, kind);
  const typed = useRef(false);
  const emit = (value: string) => {
    if (value !== props.value) props.onChange(value);
  };
  const bound = (value: string | undefined) => (value ? (pickedOf(value, kind) ?? undefined) : undefined);
  return {
    value: picked,
    onChange: (next: Dayjs | null) => {
      setPicked(next);
      emit(next === null && typed.current ? UNFINISHED_DATE : valueOf(next, kind));
    },
    label: props.label,
    format: DISPLAY_FORMATS[kind],
    slots: { textField: TypedTextField },
    slotProps: {
      textField: {
        onTyped: (nowTyped: boolean) => {
          typed.current = nowTyped;
          if (picked === null) emit(nowTyped ? UNFINISHED_DATE : '');
        },
        id: props.id,
        required: props.required,
        size: props.size,
        // The form's own check says what is wrong; the picker's would repeat it in English words.
        error: Boolean(props.error),
        helperText: props.helperText,
        onBlur: props.onBlur,
        // Every part is a number, so a space is only what one types between the day and the hour; the
        // picker would take it for the hour's first digit and read "14" as 01 and 4 minutes.
        onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
          if (event.key === ' ') event.preventDefault();
        },
        sx: props.sx,
      },
    },
    min: bound(props.min),
    max: bound(props.max),
  };
}

/** A calendar day, dd/mm/aaaa. */
export function DateField(props: DateFieldProps) {
  const { min, max, ...parts } = useFieldParts(props, 'date');
  return <DatePicker {...parts} minDate={min} maxDate={max} />;
}

/** A day and an hour on Bogotá's wall clock, dd/mm/aaaa hh:mm on 24 hours. */
export function DateTimeField(props: DateFieldProps) {
  const { min, max, ...parts } = useFieldParts(props, 'dateTime');
  return <DateTimePicker {...parts} ampm={false} minDateTime={min} maxDateTime={max} />;
}
