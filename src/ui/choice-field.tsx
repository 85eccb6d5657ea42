// A labelled choice among a few values (a <select>), for the settings the
// popup and the options page share: the per-site mode, language, colours,
// emphasis, line length and type size.
import type { FontSize, LanguageSetting, ColourConvention, EmphasisSetting, ReadingWidth, SiteMode } from '../core/settings';
import type { Translate } from '../core/message-bundle';

export interface ChoiceFieldProps<T extends string> {
  /** the select's name, which the tests and scripts find it by */
  name: string;
  label: string;
  value: T;
  /** each value with the message key of its words */
  options: readonly (readonly [T, string])[];
  t: Translate;
  onChange(value: T): void;
  /** a line under the choice */
  hint?: string;
}

export function ChoiceField<T extends string>(props: ChoiceFieldProps<T>) {
  const id = `rl-choice-${props.name}`;
  return (
    <div class="rl-choice">
      <label for={id}>{props.label}</label>
      <select
        id={id}
        name={props.name}
        value={props.value}
        onChange={(event) => props.onChange((event.currentTarget as HTMLSelectElement).value as T)}
      >
        {props.options.map(([value, key]) => (
          <option key={value} value={value}>
            {props.t(key)}
          </option>
        ))}
      </select>
      {props.hint ? <span class="rl-hint">{props.hint}</span> : null}
    </div>
  );
}

/** The values of each setting with the message keys of their words. */
export const SITE_MODE_CHOICES: readonly (readonly [SiteMode, string])[] = [
  ['auto', 'siteModeAuto'],
  ['always', 'siteModeAlways'],
  ['never', 'siteModeNever'],
];
export const LANGUAGE_CHOICES: readonly (readonly [LanguageSetting, string])[] = [
  ['auto', 'languageAuto'],
  ['zh', 'languageZh'],
  ['en', 'languageEn'],
];
export const COLOUR_CHOICES: readonly (readonly [ColourConvention, string])[] = [
  ['auto', 'colourAuto'],
  ['red-up', 'colourRedUp'],
  ['green-up', 'colourGreenUp'],
];
export const EMPHASIS_CHOICES: readonly (readonly [EmphasisSetting, string])[] = [
  ['all', 'emphasisAll'],
  ['key', 'emphasisKey'],
  ['headline', 'emphasisHeadline'],
];
export const WIDTH_CHOICES: readonly (readonly [ReadingWidth, string])[] = [
  ['narrow', 'widthNarrow'],
  ['standard', 'widthStandard'],
  ['wide', 'widthWide'],
];
export const SIZE_CHOICES: readonly (readonly [FontSize, string])[] = [
  ['small', 'sizeSmall'],
  ['standard', 'sizeStandard'],
  ['large', 'sizeLarge'],
];
