// Council Contact on the command line, for staff and scripts: `npm run -s crm -- <command>`.
import { Command } from 'commander';
import { InputError, registerDue } from './commands/due';

const program = new Command('crm').description('Council Contact command-line tools');
registerDue(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof InputError) {
    process.stderr.write(`crm: ${error.message}\n`);
    process.exitCode = 2;
  } else {
    throw error;
  }
}
