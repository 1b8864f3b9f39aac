import { runCli } from './run-cli.js';

// The `cailiang` executable: arguments in, exit code out; all logic lives in runCli.
const code = runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color: process.stdout.isTTY === true,
});
process.exitCode = code;
