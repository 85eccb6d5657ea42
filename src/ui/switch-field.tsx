// A switch of the popup and the options page: a checkbox with its words, and
// a hint under them where the page has room for one.

export interface SwitchFieldProps {
  /** the input's name, which the tests and scripts find it by */
  name: string;
  label: string;
  hint?: string;
  checked: boolean;
  /** greyed out, with the label marked for the stylesheet */
  disabled?: boolean;
  onChange(checked: boolean): void;
}

export function SwitchField(props: SwitchFieldProps) {
  return (
    <label class="rl-switch" data-disabled={props.disabled ? '' : undefined}>
      <input
        type="checkbox"
        name={props.name}
        disabled={props.disabled}
        checked={props.checked}
        onChange={(event) => props.onChange((event.currentTarget as HTMLInputElement).checked)}
      />
      <span>
        {props.label}
        {props.hint ? <span class="rl-hint">{props.hint}</span> : null}
      </span>
    </label>
  );
}
