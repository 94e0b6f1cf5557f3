import express from 'express';
import { callerOf, sendAttachment, sendFailure, type DownloadRoutesOptions } from '../../core/http/download.js';

/** `GET /jobs/:id/result`: a finished job's file, for the account or token that asked for it. */
export function jobRoutes(options: DownloadRoutesOptions): express.Router {
  const router = express.Router();
  router.get('/:id/result', async (req, res) => {
    try {
      sendAttachment(res, await options.services.jobs.result(await callerOf(options, req, res), req.params.id));
    } catch (error) {
      sendFailure(res, error, 'job download');
    }
  });
  return router;
}
