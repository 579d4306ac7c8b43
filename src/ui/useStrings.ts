import { uiStrings, type UiStrings } from '../i18n/uiStrings';
import { useAtlasState } from './AtlasContext';

export function useStrings(): UiStrings {
  return uiStrings[useAtlasState((s) => s.lang)];
}
