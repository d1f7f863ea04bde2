import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULE_TABLE, RULES } from '../../ingest/rules.ts';
import { runCli, spawnCli, type CliRun } from './run.ts';
import { cr, locate, mistypedRegistration, removeSpecDirs, writeSpecDir } from '../ingest/fixtures.ts';

afterAll(removeSpecDirs);

const CR_FILE = '100_cli.txt';
/** One open error (the example's deviceNumber is a number) and a warning (typographic quotes on its first key). */
const TEXT = mistypedRegistration('“messageType”');
const ERROR_KEY = `example-type-mismatch:100_cli:10.1.1@${locate(TEXT, '{ “messageType”').line}:/deviceNumber`;
const DECISION = `decisions:\n  - id: D1-device-number-string\n    title: deviceNumber is a string\n    rationale: The schema is normative.\n    resolves:\n      - ${ERROR_KEY}\n`;

const runs: Record<string, Promise<CliRun>> = {};
let openDir = '';

beforeAll(() => {
  // The spawned runs are independent: start them together and let each test await its own.
  openDir = writeSpecDir({ crs: { [CR_FILE]: TEXT } });
  runs.text = spawnCli(['lint', '--spec', openDir]);
  runs.json = spawnCli(['lint', '--spec', openDir, '--json']);
  runs.sarif = spawnCli(['lint', '--spec', openDir, '--format', 'sarif']);
  runs.rules = spawnCli(['lint', '--rules']);
  runs.badFormat = spawnCli(['lint', '--spec', openDir, '--format', 'xml']);
});

// Five spawned CLIs start together; on a loaded machine each takes seconds of tsx start-up.
describe('omaspec lint (CLI)', { timeout: 60_000 }, () => {
  it('prints one "file:line:col severity rule message" line per finding and exits 1 on an open error', async () => {
    const run = await runs.text!;
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    const findings = lines.slice(0, -1);
    expect(findings.length).toBeGreaterThanOrEqual(2);
    for (const line of findings) expect(line).toMatch(/^\S+:\d+:\d+ (error|warning|info) [a-z0-9-]+ \S.*$/);
    const where = locate(TEXT, '5465 }');
    expect(findings).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^${escape(path.join(openDir, 'crs', CR_FILE))}:${where.line}:${where.col} error example-type-mismatch `,
        ),
      ),
    );
    const smart = locate(TEXT, '“messageType”');
    expect(findings).toContainEqual(
      expect.stringMatching(new RegExp(`:${smart.line}:${smart.col} warning json-smart-quotes `)),
    );
    expect(lines.at(-1)).toMatch(/^\d+ findings: \d+ open \(1 errors, \d+ warnings\), 0 resolved$/);
  });

  it('writes the findings as JSON with --json, each with its file path, key and status', async () => {
    const run = await runs.json!;
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as {
      findings: { rule: string; file: string; key: string; status: string; loc: { line: number; col: number } }[];
      stale: unknown[];
    };
    const error = report.findings.find((f) => f.rule === 'example-type-mismatch');
    expect(error).toMatchObject({
      file: path.join(openDir, 'crs', CR_FILE),
      key: ERROR_KEY,
      status: 'open',
      loc: locate(TEXT, '5465 }'),
    });
    expect(report.stale).toEqual([]);
  });

  it('writes SARIF 2.1.0 with the rule table as the driver rules and a located result per finding', async () => {
    const run = await runs.sarif!;
    expect(run.code).toBe(1);
    const sarif = JSON.parse(run.stdout) as {
      version: string;
      $schema: string;
      runs: {
        tool: { driver: { name: string; rules: { id: string; shortDescription: { text: string } }[] } };
        results: {
          ruleId: string;
          ruleIndex: number;
          level: string;
          message: { text: string };
          locations: {
            physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } };
          }[];
        }[];
      }[];
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/);
    expect(sarif.runs).toHaveLength(1);
    const [only] = sarif.runs;
    expect(only!.tool.driver.name).toBe('omaspec');
    expect(only!.tool.driver.rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(only!.results.length).toBeGreaterThanOrEqual(2);
    for (const result of only!.results) {
      expect(only!.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
      expect(['error', 'warning', 'note']).toContain(result.level);
      expect(result.message.text.length).toBeGreaterThan(0);
      expect(result.locations[0]!.physicalLocation.region.startLine).toBeGreaterThan(0);
      expect(result.locations[0]!.physicalLocation.region.startColumn).toBeGreaterThan(0);
    }
    const error = only!.results.find((r) => r.ruleId === 'example-type-mismatch')!;
    const where = locate(TEXT, '5465 }');
    expect(error.level).toBe('error');
    expect(error.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: path.join(openDir, 'crs', CR_FILE) },
      region: { startLine: where.line, startColumn: where.col },
    });
  });

  it('lists every rule with its severity, stage and summary with --rules, exiting 0', async () => {
    const run = await runs.rules!;
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(RULES.length);
    RULE_TABLE.forEach((rule, i) =>
      expect(lines[i]).toMatch(
        new RegExp(`^${escape(rule.id)}\\s+${rule.severity}\\s+${rule.stage}\\s+${escape(rule.summary)}$`),
      ),
    );
  });

  it('prints the rule table as JSON with --rules --json', async () => {
    const run = await runCli('lint', '--rules', '--json');
    expect(run.code).toBe(0);
    const table = JSON.parse(run.stdout) as {
      id: string;
      severity: string;
      stage: string;
      summary: string;
      producedBy?: string;
    }[];
    expect(table).toEqual(RULE_TABLE);
    expect(table.find((r) => r.id === 'typo')).toEqual({
      id: 'typo',
      severity: 'warning',
      stage: 'lint',
      summary: RULES.find((r) => r.id === 'typo')!.summary,
    });
    expect(table.find((r) => r.id === 'json-trailing-comma')).toMatchObject({
      stage: 'read',
      producedBy: expect.stringContaining('ingest/json-blocks.ts'),
    });
  });

  it('marks a finding resolved by a decision and exits 0 when no open error remains', async () => {
    const run = await runCli('lint', '--spec', writeSpecDir({ crs: { [CR_FILE]: TEXT }, decisions: DECISION }));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/ error example-type-mismatch .* \[resolved by D1-device-number-string\]\n/);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(/open \(0 errors, \d+ warnings\), 1 resolved$/);
  });

  it('exits 2 on an unknown format or option, in one line pointing at --help, not the whole usage', async () => {
    const format = await runs.badFormat!;
    const option = await runCli('lint', '--frobnicate');
    expect(format.code).toBe(2);
    expect(format.stderr).toBe(
      "omaspec lint: error CLI_USAGE: unknown format 'xml' (text, json or sarif)\nhint: see `omaspec lint --help`\n",
    );
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(
      /^omaspec lint: error CLI_USAGE: .*'--frobnicate'.*\nhint: see `omaspec lint --help`\n$/,
    );
    expect(format.stdout + option.stdout).toBe('');
  });

  it('prints a finding repeated in one file once, at its first place, with the count and lines', async () => {
    const repeated = cr(
      'Terms.',
      ...Array.from({ length: 7 }, () => 'The Client Application registers.'),
      'The Application Client registers.',
      'Then the Application Client deregisters.',
    );
    const dir = writeSpecDir({ crs: { '100_terms.txt': repeated } });
    const run = await runCli('lint', '--spec', dir);
    const json = JSON.parse((await runCli('lint', '--spec', dir, '--json')).stdout) as {
      findings: { rule: string; loc: { line: number; col: number } }[];
    };
    const places = json.findings.filter((f) => f.rule === 'terminology');
    expect(places).toHaveLength(2);
    const lines = run.stdout.split('\n').filter((l) => l.includes(' terminology '));
    expect(lines).toEqual([
      expect.stringMatching(
        new RegExp(
          `:${places[0]!.loc.line}:${places[0]!.loc.col} warning terminology .*\\[2 places, lines ${places[0]!.loc.line}, ${places[1]!.loc.line}\\]$`,
        ),
      ),
    ]);
  });
});

describe('omaspec lint on a spec it cannot read (CLI)', () => {
  /** `file:line:col: error CODE: message`, at most a hint after it, no stack trace. */
  const oneError = (run: CliRun, code: number, message: RegExp) => {
    expect(run.code).toBe(code);
    expect(run.stderr).toMatch(message);
    expect(
      run.stderr
        .trimEnd()
        .split('\n')
        .filter((l) => !l.startsWith('hint: ')),
    ).toHaveLength(1);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  };

  it('says in one line, without a stack trace, that the manifest is missing, and exits 2 (a missing input)', async () => {
    const spec = path.join(openDir, 'crs');
    oneError(
      await runCli('lint', '--spec', spec),
      2,
      new RegExp(`^${escape(path.join(spec, 'manifest.json'))}: error INGEST_MANIFEST_MISSING: `),
    );
  });

  it('says which decision names a message that does not exist, at its line in decisions.yaml, and exits 1', async () => {
    const badDecision =
      'decisions:\n  - id: D9\n    title: t\n    rationale: r\n    resolves: []\n    actions:\n      - remove: { message: aoi1/noSuchMessage, property: x }\n';
    const action = locate(badDecision, 'remove:');
    oneError(
      await runCli('lint', '--spec', writeSpecDir({ crs: { [CR_FILE]: TEXT }, decisions: badDecision })),
      1,
      new RegExp(
        `decisions\\.yaml:${action.line}:${action.col}: error INGEST_DECISION: decision D9: no message aoi1/noSuchMessage$`,
        'm',
      ),
    );
  });

  it('says which CR file given on the command line does not exist, and exits 2', async () => {
    oneError(
      await runCli('lint', '--spec', openDir, path.join(openDir, 'crs', 'no-such-cr.txt')),
      2,
      /^\S*no-such-cr\.txt: error IO_NOT_FOUND: /,
    );
  });
});

describe('omaspec lint filters (CLI, in process)', () => {
  it('shows open findings only with --open', async () => {
    const dir = writeSpecDir({ crs: { [CR_FILE]: TEXT }, decisions: DECISION });
    const all = await runCli('lint', '--spec', dir);
    const open = await runCli('lint', '--spec', dir, '--open');
    expect(all.stdout).toContain('[resolved by D1-device-number-string]');
    expect(open.stdout).not.toContain('example-type-mismatch');
    expect(open.stdout.split('\n').length).toBe(all.stdout.split('\n').length - 1);
    expect(open.code).toBe(0);
  });

  it('shows only the findings of the CR files given, under the path given', async () => {
    const text = cr('A new CR.', '8.1.1 AOI Client Registration', 'Text lost\uFFFD here.');
    const outside = path.join(writeSpecDir({ crs: { '200_new.txt': text } }), 'crs', '200_new.txt');
    const run = await runCli('lint', '--spec', openDir, outside);
    const lines = run.stdout.trimEnd().split('\n').slice(0, -1);
    const where = locate(text, '\uFFFD');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^${escape(outside)}:${where.line}:${where.col} warning encoding-damage `));
    expect(run.code).toBe(0);
  });

  it('prints the usage with --help and exits 0; exits 2 without a command or with an unknown one', async () => {
    const help = await runCli('lint', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: omaspec lint/);
    expect((await runCli()).code).toBe(2);
    const unknown = await runCli('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command 'frobnicate'/);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
