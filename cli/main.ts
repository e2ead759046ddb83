import { programFor } from './programFor';

// A reader that stops early (`dossier check … | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

programFor(process.argv, (code) => process.exit(code))
  .then((program) => program.parseAsync(process.argv))
  .catch(() => {
    process.exitCode = 2;
  });
