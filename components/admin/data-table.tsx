import type { ReactNode } from "react";

export type Column<Row> = {
  header: ReactNode;
  /** Figures line up at the end, in tabular digits. */
  numeric?: boolean;
  cell: (row: Row) => ReactNode;
  /** The cell's language, direction or extra classes (a name in the row's own language, an address left to right). */
  cellProps?: (row: Row) => { lang?: string; dir?: "ltr" | "rtl"; className?: string };
};

type Props<Row> = {
  /** What the table lists, for screen readers (the page's heading, usually). */
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  /** Said instead of an empty table. */
  empty: ReactNode;
  /** A last row under a heavier line (totals), drawn with the same columns. */
  footer?: Row;
  dense?: boolean;
};

const alignment = (numeric?: boolean) => (numeric ? "text-end tabular-nums" : "text-start");

// The staff's lists. The first column names its row (a row header, so a screen reader says
// which campaign or hour a figure belongs to); the table scrolls sideways on a narrow screen
// rather than squeezing its columns.
export function DataTable<Row>({ caption, columns, rows, rowKey, empty, footer, dense }: Props<Row>) {
  if (rows.length === 0) return <p>{empty}</p>;
  const cells = (row: Row, inFooter = false) =>
    columns.map((column, index) => {
      const { className = "", ...props } = column.cellProps?.(row) ?? {};
      const Cell = index === 0 ? "th" : "td";
      return (
        <Cell key={index} scope={index === 0 ? "row" : undefined} className={`p-2 ${alignment(column.numeric)} ${index === 0 && !inFooter ? "font-normal" : ""} ${className}`} {...props}>
          {column.cell(row)}
        </Cell>
      );
    });
  return (
    <div className="overflow-x-auto">
      <table className={`w-full border-collapse text-start ${dense ? "text-sm" : ""}`}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 align-bottom text-sm">
            {columns.map((column, index) => (
              <th key={index} scope="col" className={`p-2 ${column.numeric ? "text-end" : "text-start"}`}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className="border-b border-slate-200 align-top">
              {cells(row)}
            </tr>
          ))}
        </tbody>
        {footer && (
          <tfoot>
            <tr className="border-t-2 border-slate-400 font-semibold">{cells(footer, true)}</tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
