import { CATALOGUES, type Lang, type TextKey } from '../../core/i18n';
import { useLanguageStore } from '../../state/language';
import { messageIn } from '../../core/i18n/message';

function isTextKey(key: string): key is TextKey {
  return Object.prototype.hasOwnProperty.call(CATALOGUES.en, key);
}

/**
 * A setting's label in `lang`: the catalogue's `field.<path>` (`field.layer.<path>` for a hidden
 * layer's fields), the words the link problems name the setting by too. A field the catalogue
 * does not know yet keeps the field table's English label.
 */
export function fieldLabelIn(
  lang: Lang,
  spec: { readonly path: string; readonly label: string },
  layerField = false,
): string {
  const key = `field.${layerField ? 'layer.' : ''}${spec.path}`;
  return isTextKey(key) ? messageIn(lang, { key }) : spec.label;
}

/** The label of a setting in the page's language (the control's accessible name). */
export function useFieldLabel(
  spec: { readonly path: string; readonly label: string },
  layerField = false,
): string {
  const lang = useLanguageStore((s) => s.lang);
  return fieldLabelIn(lang, spec, layerField);
}
