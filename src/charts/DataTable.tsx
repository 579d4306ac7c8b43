export interface DataTableProps {
  readonly caption: string;
  /** Column headers; the first column holds row headers. */
  readonly columns: readonly string[];
  readonly rows: readonly { readonly key: string; readonly cells: readonly string[] }[];
  /** A last line spanning every column (e.g. "+ 3 more"). */
  readonly footer?: string | null | undefined;
}

/**
 * A chart's figures as a visually hidden table: its text alternative for screen readers. The
 * wrapper is what is hidden, because a table ignores the 1px width and would widen the page.
 */
export function DataTable({ caption, columns, rows, footer }: DataTableProps) {
  return (
    <div className="visually-hidden">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th scope="col" key={i}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              {r.cells.map((c, i) =>
                i === 0 ? (
                  <th scope="row" key={i}>
                    {c}
                  </th>
                ) : (
                  <td key={i}>{c}</td>
                ),
              )}
            </tr>
          ))}
          {footer ? (
            <tr>
              <td colSpan={columns.length}>{footer}</td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
