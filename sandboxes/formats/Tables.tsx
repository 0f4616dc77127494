import { formatBytes, formatMs, formatNumber } from '@/lib/format';
import { MAX_DOWNLOAD_ROWS, type FormatResult, type FormatsResult } from './model';

const accessNote: Record<FormatResult['columnAccess'], string> = {
  'parse-all': 'parses everything',
  'column-only': 'reads that column only',
  'in-place': 'maps columns, no parsing',
};
const extension: Record<string, string> = { json: 'json', ndjson: 'ndjson', csv: 'csv', avro: 'avro', arrow: 'arrow' };

function downloadFile(format: FormatResult) {
  if (!format.file) return;
  const url = URL.createObjectURL(new Blob([format.file as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `formats-sample.${extension[format.format] ?? `${format.format.replace('parquet-', '')}.parquet`}`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The headline: every format's size and times, each beside its factor relative to JSON. */
export function FormatsTable({ result }: { result: FormatsResult }) {
  const json = result.formats.find((f) => f.format === 'json');
  if (!json) return null;
  const factor = (value: number, base: number) => <span className="factor">({value / base < 0.01 ? '<0.01×' : `${(value / base).toFixed(2)}×`})</span>;
  return (
    <>
      <div className="table-scroll" role="region" aria-label="Format measurements" tabIndex={0}>
        <table className="results-table">
          <caption>
            Each format, measured on your machine: {formatNumber(result.rows)} rows × 10 columns, median of {result.repeats} sample{result.repeats === 1 ? '' : 's'};
            factors relative to JSON
          </caption>
          <thead>
            <tr>
              <th scope="col">Format</th>
              <th scope="col">Size</th>
              <th scope="col">Write</th>
              <th scope="col">Read all</th>
              <th scope="col">Sum one column</th>
            </tr>
          </thead>
          <tbody>
            {result.formats.map((f) => (
              <tr key={f.format} data-format={f.format}>
                <th scope="row">{f.label}</th>
                <td data-cell="bytes" data-value={f.bytes}>
                  {formatBytes(f.bytes)} {factor(f.bytes, json.bytes)}
                </td>
                <td>
                  {formatMs(f.writeMs)} {factor(f.writeMs, json.writeMs)}
                </td>
                <td data-cell="read" data-value={f.readMs}>
                  {formatMs(f.readMs)} {factor(f.readMs, json.readMs)}
                </td>
                <td data-cell="column" data-value={f.columnMs}>
                  {formatMs(f.columnMs)} {factor(f.columnMs, json.columnMs)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="results-note">
        “Read all” decodes into each format’s own in-memory form: JavaScript objects for the text formats and Avro, Arrow columns for Arrow and Parquet.
      </p>
    </>
  );
}

/** What each format gave back after the round trip, column by column. */
export function FidelityTable({ result }: { result: FormatsResult }) {
  return (
    <div className="table-scroll" role="region" aria-label="What came back after the round trip" tabIndex={0} data-fidelity>
      <table className="results-table">
        <caption>What came back after the round trip</caption>
        <thead>
          <tr>
            <th scope="col">Format</th>
            <th scope="col">Changed on the way</th>
          </tr>
        </thead>
        <tbody>
          {result.formats.map((f) => (
            <tr key={f.format} data-fidelity-format={f.format}>
              <th scope="row">{f.label}</th>
              <td>
                {f.fidelity.length === 0
                  ? 'every value came back with its type.'
                  : f.fidelity.map((finding) => `${finding.column} — ${finding.what} (${formatNumber(finding.changed)} rows; e.g. ${finding.example?.before} → ${finding.example?.after})`).join('; ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** How each format gets at one column, and the file itself to download (small runs only: files are copied out of the worker). */
export function FilesTable({ result }: { result: FormatsResult }) {
  return (
    <div className="table-scroll" role="region" aria-label="The files" tabIndex={0}>
      <table className="results-table">
        <caption>How each format gets at one column, and the file this run wrote</caption>
        <thead>
          <tr>
            <th scope="col">Format</th>
            <th scope="col">To sum one column it</th>
            <th scope="col">File</th>
          </tr>
        </thead>
        <tbody>
          {result.formats.map((f) => (
            <tr key={f.format} data-file-format={f.format}>
              <th scope="row">{f.label}</th>
              <td>{accessNote[f.columnAccess]}</td>
              <td>
                {f.file ? (
                  <button type="button" className="button-link" onClick={() => downloadFile(f)}>
                    Download<span className="visually-hidden"> {f.label}</span>
                  </button>
                ) : (
                  <span className="factor">runs of ≤ {formatNumber(MAX_DOWNLOAD_ROWS)} rows only</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
