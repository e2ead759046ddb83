import { buildPreview } from './buildPreview';
import { servePreview } from './servePreview';

/** `npm run preview`: build, then serve on http://localhost:$PORT/preview.html (PORT defaults to 3000). */
async function main(): Promise<void> {
  const dir = await buildPreview();
  const port = Number(process.env.PORT || 3000);
  await servePreview(dir, port);
  console.log(`Dossier preview: http://localhost:${port}/preview.html  (Ctrl+C to stop)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
