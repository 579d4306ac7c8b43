import { useAtlas } from './AtlasContext';
import { useDataDownloads } from './useDataDownloads';
import { useStrings } from './useStrings';

/** File types `Open dataset` accepts (SPEC §3). */
const ACCEPT =
  '.json,.xlsx,.csv,.xml,application/json,text/csv,application/xml,text/xml,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface DataActionsProps {
  readonly onOpenFile: (file: File) => void;
  readonly onBundled: () => void;
  readonly onDownloadFailed: () => void;
}

/** `Open dataset` (JSON, spreadsheet, IATI XML), `Bundled dataset` and the two spreadsheet downloads. */
export function DataActions({ onOpenFile, onBundled, onDownloadFailed }: DataActionsProps) {
  const { dataset } = useAtlas();
  const t = useStrings();
  const { downloadTemplate, downloadDataset } = useDataDownloads(dataset, onDownloadFailed);
  return (
    <>
      <label className="quiet file-button">
        <input
          type="file"
          accept={ACCEPT}
          aria-label={t.openDataset}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) onOpenFile(file);
            e.target.value = '';
          }}
        />
        <span aria-hidden="true">{t.openDataset}</span>
      </label>
      <button type="button" className="quiet" onClick={onBundled}>
        {t.bundledDataset}
      </button>
      <button type="button" className="quiet" onClick={downloadTemplate}>
        {t.downloadTemplate}
      </button>
      <button type="button" className="quiet" onClick={downloadDataset}>
        {t.downloadDataset}
      </button>
    </>
  );
}
