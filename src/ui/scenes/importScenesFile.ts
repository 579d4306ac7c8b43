import { scenesFromJson } from '../../state/scenes';
import { importScenes } from './briefingList';
import type { SceneLists } from './sceneLists';
import { SCENES_FILE_MAX_MB, type ScenesNotice } from './scenesNotice';

/**
 * `Import scenes`: a valid file's scenes replace the browser's own list, and the notice says how
 * many of those they replaced; a file too large or invalid changes nothing.
 */
export function importScenesFile(
  file: File,
  lists: SceneLists,
  tell: (n: ScenesNotice) => void,
): void {
  const { name } = file;
  if (file.size > SCENES_FILE_MAX_MB * 1024 * 1024) {
    tell({ what: 'file-too-big', name });
    return;
  }
  void file.text().then(
    (text) => {
      const r = scenesFromJson(text);
      if (!r.ok) {
        tell({ what: 'import-invalid', name, problems: r.problems });
        return;
      }
      // Told first, so that storage refusing the list (an alert) replaces this notice.
      tell({ what: 'imported', name, count: r.scenes.length, replaced: lists.own().length });
      lists.apply(importScenes(r.scenes));
    },
    () => {
      const problems = [{ path: '', message: 'could not be read' }];
      tell({ what: 'import-invalid', name, problems });
    },
  );
}
