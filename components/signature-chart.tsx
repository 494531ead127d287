import { useId } from "react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { isLocale, languages } from "@/i18n/routing";

export type ChartDay = { day: string /* YYYY-MM-DD, UTC */; count: number };

const WIDTH = 640;
const HEIGHT = 220;
const PAD = { top: 12, bottom: 28, side: 44 };
const PLOT_W = WIDTH - 2 * PAD.side;
const PLOT_H = HEIGHT - PAD.top - PAD.bottom;

// Hundredths of a unit are finer than any screen draws; the full floats ("157.15999999999997")
// were a fifth of the chart's bytes.
const round = (n: number) => Math.round(n * 100) / 100;

// A round number at or above the highest count, so the top grid line carries a readable value.
function niceMax(max: number): number {
  if (max <= 5) return 5;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * magnitude >= max) return step * magnitude;
  return 10 * magnitude;
}

/**
 * Signatures per day as an SVG bar chart, drawn on the server: no client JavaScript and no
 * third-party code. Screen readers get the title, a one-sentence summary, and the numbers in a
 * visually hidden table. Time runs in the reading direction: left to right in English, right to
 * left in Uyghur (oldest day at the right), with the value axis on the side where reading starts.
 */
export function SignatureChart({ data }: { data: ChartDay[] }) {
  const t = useTranslations("SignatureChart");
  const format = useFormatter();
  const locale = useLocale();
  const rtl = isLocale(locale) && languages[locale].dir === "rtl";
  const id = useId();
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;

  const dayLabel = (day: string, style: "short" | "long") =>
    format.dateTime(new Date(`${day}T00:00:00Z`), style === "short" ? { day: "numeric", month: "short" } : { dateStyle: "medium" });
  const max = data.reduce((m, d) => Math.max(m, d.count), 0);
  const total = data.reduce((sum, d) => sum + d.count, 0);
  const top = niceMax(max);
  const slot = data.length > 0 ? PLOT_W / data.length : PLOT_W;
  const barWidth = Math.max(1, slot * 0.7);
  // Position of day i along the time axis, mirrored for right-to-left.
  const slotStart = (i: number) => (rtl ? PAD.side + PLOT_W - (i + 1) * slot : PAD.side + i * slot);
  const y = (value: number) => PAD.top + PLOT_H - (value / top) * PLOT_H;
  const valueAxisX = rtl ? WIDTH - PAD.side + 6 : PAD.side - 6;
  const first = data[0];
  const last = data[data.length - 1];
  const summary =
    first && last
      ? t("summary", {
          days: data.length,
          from: dayLabel(first.day, "long"),
          to: dayLabel(last.day, "long"),
          total: format.number(total),
          max: format.number(max),
        })
      : "";

  return (
    <figure>
      <svg
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="h-auto w-full max-w-3xl"
        // The SVG's own coordinates are absolute; the text inside follows the page's direction.
        direction={rtl ? "rtl" : "ltr"}
      >
        <title id={titleId}>{t("title")}</title>
        <desc id={descId}>{summary}</desc>
        {[0, top / 2, top].map((value) => (
          <g key={value}>
            <line x1={PAD.side} x2={WIDTH - PAD.side} y1={y(value)} y2={y(value)} className="stroke-slate-300" strokeWidth={1} />
            {/* Numbers are set left to right in both languages; they sit outside the plot on its reading-start side. */}
            <text x={valueAxisX} y={y(value)} dy="0.35em" textAnchor={rtl ? "start" : "end"} className="fill-slate-600 text-[11px]" direction="ltr">
              {format.number(value)}
            </text>
          </g>
        ))}
        <g className="fill-brand-600">
          {data.map((d, i) => (
            <rect
              key={d.day}
              data-day={d.day}
              x={round(slotStart(i) + (slot - barWidth) / 2)}
              y={round(y(d.count))}
              width={round(barWidth)}
              height={round(PAD.top + PLOT_H - y(d.count))}
            />
          ))}
        </g>
        {first && last && (
          <>
            <text x={slotStart(0) + slot / 2} y={HEIGHT - 8} textAnchor="middle" className="fill-slate-600 text-[11px]">
              {dayLabel(first.day, "short")}
            </text>
            {data.length > 1 && (
              <text x={slotStart(data.length - 1) + slot / 2} y={HEIGHT - 8} textAnchor="middle" className="fill-slate-600 text-[11px]">
                {dayLabel(last.day, "short")}
              </text>
            )}
          </>
        )}
      </svg>
      <table className="sr-only">
        <caption>{t("title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("day")}</th>
            <th scope="col">{t("count")}</th>
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.day}>
              <th scope="row">{dayLabel(d.day, "long")}</th>
              <td>{format.number(d.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
