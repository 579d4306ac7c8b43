import { useCallback } from 'react';
import type { Dataset } from '../data/types';
import { saveBlob } from './download';

/**
 * `Download template` and `Download dataset`: the spreadsheet template (with its example row and
 * README) and the open dataset, as `.xlsx`. The writer loads only when one is asked for.
 */
export function useDataDownloads(dataset: Dataset, onFailed: () => void) {
  const write = useCallback(
    (which: 'template' | 'dataset') => {
      const make = async () => {
        const [{ writeXlsx }, { datasetToSheets, TEMPLATE_EXAMPLE }] = await Promise.all([
          import('../data/formats/xlsx'),
          import('../data/formats/datasetToSheets'),
        ]);
        const sheets =
          which === 'template' ? datasetToSheets(TEMPLATE_EXAMPLE, true) : datasetToSheets(dataset);
        saveBlob(await writeXlsx(sheets), `cooperation-atlas-${which}.xlsx`);
      };
      make().catch(onFailed);
    },
    [dataset, onFailed],
  );
  return {
    downloadTemplate: useCallback(() => write('template'), [write]),
    downloadDataset: useCallback(() => write('dataset'), [write]),
  };
}
