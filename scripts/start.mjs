// `npm start`: builds the app, then opens the desktop app; where the Electron binary is
// absent (it downloads from outside the npm registry, which some machines cannot reach),
// says so plainly and starts browser mode instead. Arguments after `--` are passed on
// (e.g. `npm start -- --data-dir ./my-data`).
import { spawn, spawnSync } from 'node:child_process';
import { electronBinary } from './electron-binary.mjs';

const args = process.argv.slice(2);

function run(command, commandArgs) {
  const child = spawn(command, commandArgs, {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}

const build = spawnSync('npx', ['electron-vite', 'build'], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
if (build.status !== 0) process.exit(build.status ?? 1);

const binary = electronBinary();
if (binary) {
  run(binary, ['.', ...args]);
} else {
  console.log(
    '\nThe Electron binary is not installed on this machine, so the desktop window cannot open.\n' +
      'Starting browser mode instead: the same app and database, served on 127.0.0.1.\n' +
      'Open the address printed below in your browser. (To get the desktop app, run\n' +
      '`node node_modules/electron/install.js` on a machine that can reach the Electron download.)\n',
  );
  run(process.execPath, ['out/main/web-cli.js', ...args]);
}
