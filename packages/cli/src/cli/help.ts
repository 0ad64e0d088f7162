/** Help texts, kept together so the wording stays consistent between commands. */

export const MAIN_HELP = `wijkwijzer: validate, build, import and serve regional care feeds

Usage
  wijkwijzer validate <feed-dir|url> [--json] [--freshness [--max-age 12m]] [--timeout <seconds>] [--allow-origin <origin>]
  wijkwijzer build <source-dir> --out <feed-dir> [--generated-at <iso>]
  wijkwijzer import hsds <file|dir> --out <feed-dir> [options]
  wijkwijzer import sheet <file.csv> --out <feed-dir> [--taxonomy <file|feed-dir>] [--lang nl|en] [options]
  wijkwijzer export hsds <feed> --out <dir>
  wijkwijzer serve <feed-dir> [--port <n>] [--host <address>] [--hsds-api]
  wijkwijzer synthetic --services <n> --gemeenten <n> --out <feed-dir> [--seed <n>]

Run 'wijkwijzer <command> --help' for a command's options.

Options
  -h, --help      show help
  -v, --version   show the version

Exit codes: 0 ok, 1 invalid data, 2 unusable input or wrong usage, 3 internal error
(set WIJKWIJZER_DEBUG=1 to see its stack trace).
`;

export const VALIDATE_HELP = `Usage: wijkwijzer validate <feed-dir|url> [--json] [--freshness [--max-age 12m]] [--timeout <seconds>] [--allow-origin <origin>]

Checks a feed: its manifest (index.json) and every dataset it links, record by
record, with counts, content hashes and links between records.

It reads only what belongs to the feed. A feed in a folder is read from that
folder: links that lead out of it (../, absolute paths, symbolic links) are
refused unread. A feed on the web is fetched from its own origin only, and a
redirect to another origin is refused.

  <feed-dir|url>           a folder with index.json, the index.json file itself, or an
                           http(s) address of the manifest or of its folder
  --json                   print the report as JSON
  --freshness              also list, by organisation, the services whose assured_date
                           is older than --max-age or missing, and the availability
                           figures older than twice their refresh interval (the widgets
                           show those as "oud cijfer"). Advice: it does not change the exit code
  --max-age <age>          for --freshness (implies it): 12m (default), 1y, 90d
  --timeout <seconds>      per request, for feeds on the web (default 10)
  --allow-origin <origin>  also fetch from this origin, e.g. https://cdn.example.nl
                           when the datasets live on a CDN; repeat for more

Exit codes: 0 valid, 1 invalid records, dangling links or hash/count mismatch,
2 unusable (no manifest, not JSON, unsupported contract version, missing dataset,
a link outside the feed's folder or origin).
`;

export const BUILD_HELP = `Usage: wijkwijzer build <source-dir> --out <feed-dir> [--generated-at <iso>] [--partition-by gemeente|wijk]

Turns a source folder into a feed. The source holds region.json
({ region, publisher, license, sample, title?, description?, generated_at? }) and
per dataset (areas, organizations, services, pathways, availability, norms,
taxonomy) either <dataset>.json (a list) or a folder <dataset>/ of *.json lists.

  --out <feed-dir>       where the feed goes; replaced as a whole if it is a feed
                         wijkwijzer wrote, any other non-empty folder is refused
  --generated-at <iso>   the feed's generated_at; default: region.json's, else the
                         latest date in the data, so a rebuild is byte-identical
  --partition-by <kind>  gemeente (default) or wijk: the areas of the partitions
                         that let a page load only its own services (contract 1.1)

Besides the full datasets, the feed holds services/ and availability/ with
content-hashed names, details/<hash>/ with the full records in numbered shards,
and a .gz and .br copy beside every file.
Nothing is written when a record is invalid, an id repeats or a link dangles (exit 1).
`;

export const IMPORT_HELP = `Usage: wijkwijzer import hsds <file|dir> --out <feed-dir> [options]
       wijkwijzer import sheet <file.csv> --out <feed-dir> [--taxonomy <file|feed-dir>] [--lang nl|en] [options]

hsds: imports Open Referral HSDS 3.0: service, organization (with its services),
service_at_location and taxonomy_term documents; a list of them, an API page
({ "contents": [...] }), NDJSON, tabular JSON, the tabular CSV files (a folder
with datapackage.json, or the CSV files alone), or a folder of such files.
What does not fit our contract is left out and listed in the report. Broken
NDJSON lines, CSV rows and unreadable files in a folder are listed too, and the
exit code is then 1 (the feed holds the rest).

sheet: imports the editor template (docs/templates/sociale-kaart-sjabloon.csv): one
row per service, saved as CSV by any spreadsheet (; or , as separator, with or
without a byte order mark). Each row that cannot be read is listed by row and
column and left out (exit 1); the other rows are written.

  --taxonomy <file|dir>    sheet: the region's taxonomy (a taxonomy.json list, or a
                           feed folder): hulpvraag and doelgroep words become its
                           terms; words it lacks are kept as text, with a warning
  --lang <nl|en>           sheet: the language of the report (default nl)

  --out <feed-dir>         where the feed goes; replaced as a whole if it is a feed
                           wijkwijzer wrote, any other non-empty folder is refused
  --region-id <id>         default "imported"
  --region-name <name>     default "Geïmporteerde gegevens"
  --publisher-name <name>  default "Onbekende uitgever"
  --publisher-url <url>
  --license <text>         default "Onbekend"
  --sample                 mark the feed as made-up data
  --generated-at <iso>     default: the latest date in the data
  --partition-by <kind>    gemeente (default) or wijk; an import has no areas, so
                           its gemeenten come from address cities and service
                           areas named "Gemeente …"
`;

export const EXPORT_HELP = `Usage: wijkwijzer export hsds <feed> --out <dir>

Writes a feed as Open Referral HSDS 3.0, for directories that read HSDS:
  services.json        an API page ({ "contents": [...] }) of full services: organisation,
                       locations, phones, schedules, service areas, and attributes with the
                       taxonomy terms of their needs and target groups
  organizations.json   every organisation, as a page
  taxonomy_terms.json  every taxonomy term, as a page
  tabular/             the tabular form: one CSV per HSDS table and a datapackage.json

HSDS wants UUIDs for ids: an id of ours that is not one becomes a UUID derived from it (the
same on every export). What our contract has and HSDS has not (our id, route step, referral,
B1 summary, target-group links, availability…) goes into a "wijkwijzer" object on each
entity (a JSON column in the CSV files); 'wijkwijzer import hsds' reads it back.

  <feed>        a feed folder, its index.json, or an http(s) address; it must validate
  --out <dir>   where the export goes; replaced as a whole if it is an export wijkwijzer
                wrote, any other non-empty folder is refused
`;

export const SERVE_HELP = `Usage: wijkwijzer serve <feed-dir> [--port <n>] [--host <address>] [--hsds-api]

Serves a folder over HTTP as a CDN would: ETags, Cache-Control per file,
CORS for any origin, GET and HEAD only. Stop with Ctrl+C.

Files are streamed; a file's ETag is computed once and kept while its size and
modification time stay the same. A client that accepts br or gzip gets
<file>.br or <file>.gz when that lies beside the file (with Vary: Accept-Encoding).

  --port <n>          default 8787; 0 picks any free port
  --host <address>    default 127.0.0.1 (this machine only)
  --hsds-api          also answer an Open Referral UK-style read API of the feed
                      as HSDS 3.0 (as 'export hsds' writes it), under /hsds:
                        GET /hsds/                 version and profile
                        GET /hsds/services         ?page, per_page (default 50, at most 500),
                                                   text (our search), taxonomy_term_id
                        GET /hsds/services/{id}    one full service
                        GET /hsds/taxonomy_terms   ?page, per_page
                      JSON with CORS, ETags and br/gzip; read again when the feed
                      is rebuilt. The feed must validate.
`;

export const SYNTHETIC_HELP = `Usage: wijkwijzer synthetic --services <n> --gemeenten <n> --out <feed-dir> [--seed <n>]

Writes a made-up feed, marked sample, for load tests at any scale: one region
(with 28 gemeenten or more, a country of regio's, one per 14 gemeenten),
subregio's, gemeenten of very different sizes with wijken and buurten, and
services spread over them as people are (a few big cities, many small places),
some covering a subregio, a regio or (0.1 %) the whole country. Names, numbers
and links are fake.
The same options always write the same bytes.

  --services <n>     how many services
  --gemeenten <n>    how many gemeenten (342 is the Netherlands)
  --out <feed-dir>   where the feed goes (replaced as a whole)
  --seed <n>         another seed gives another feed of the same shape (default 1)
`;
