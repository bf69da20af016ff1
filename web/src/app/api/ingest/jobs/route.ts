import { z } from 'zod';
import { httpStatusForCode } from '../../../../lib/ingest/http-errors.ts';
import { createUploadJob } from '../../../../lib/ingest/operations.ts';
import { guardRoute, jsonError } from '../../../../lib/ingest/route-guard.ts';

const input = z.object({
  collectionId: z.string().min(1).max(128),
  label: z.string().trim().max(200).optional(),
  skills: z.array(z.string().min(1).max(100)).max(50),
});

/** `POST /api/ingest/jobs` `{ collectionId, label?, skills }`: opens an upload job → `{ job }`. */
export async function POST(request: Request) {
  const guard = await guardRoute(request);
  if ('response' in guard) return guard.response;
  const parsed = input.safeParse(await request.json().catch(() => null));
  if (!parsed.success)
    return jsonError(400, 'BAD_USER_INPUT', 'Send { collectionId, label?, skills[] } as JSON.');
  const { collectionId, label, skills } = parsed.data;
  const result = await createUploadJob({
    collectionId,
    label: label || null,
    skills,
  });
  if (!result.ok) {
    const [first] = result.errors;
    const code = first?.code ?? 'BAD_RESPONSE';
    return jsonError(httpStatusForCode(code), code, first?.message ?? 'The job was not created.');
  }
  return Response.json(
    { job: result.data.createIngestJob },
    { status: 201, headers: { 'cache-control': 'no-store' } },
  );
}
