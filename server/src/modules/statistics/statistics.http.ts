import express, { type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import { StatisticsForm } from '@thidua/shared';
import type { Services } from '../../services.js';
import type { ChangeOrigin } from '../../core/changes/origin.js';
import { AppError } from '../../core/errors.js';
import { authenticate, sessionCookie } from '../../core/http/authenticate.js';
import { contentDisposition } from '../file/index.js';
import { statisticsWorkbook } from './statistics-xlsx.js';

export interface StatisticsRoutesOptions {
  db: DataSource;
  services: Services;
  cookieSecure: boolean;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const YEAR = /^(19|20)\d\d$|^2100$/;

/**
 * `GET /exports/statistics.xlsx?form=F0603&year=2022[&unitId=…|&blocId=…]`: the form as the caller
 * may see it (the same service as `statisticsReport`), authenticated like /graphql (session cookie
 * or Bearer token), always an attachment with nosniff. Errors are JSON `{ code, message }`.
 */
export function statisticsRoutes(options: StatisticsRoutesOptions): express.Router {
  const router = express.Router();
  router.get('/statistics.xlsx', async (req: Request, res: Response) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    try {
      const { actor } = await authenticate(options.services, options.db, req.headers.authorization, sessionCookie(req, res, options.cookieSecure));
      const origin = res.locals.changeOrigin as ChangeOrigin | undefined;
      if (origin) origin.actor = actor;
      const form = String(req.query.form ?? '');
      const year = String(req.query.year ?? '');
      if (!(StatisticsForm.values as string[]).includes(form))
        return void res.status(400).json({ code: 'BAD_USER_INPUT', message: `Biểu "${form}" không có trong danh mục biểu thống kê.` });
      if (!YEAR.test(year)) return void res.status(400).json({ code: 'BAD_USER_INPUT', message: 'Năm báo cáo phải từ 1900 đến 2100.' });
      const text = (value: unknown) => (typeof value === 'string' && value ? value : null);
      const report = await options.services.statisticsReports.report(actor, form as StatisticsForm, Number(year), {
        unitId: text(req.query.unitId),
        blocId: text(req.query.blocId),
      });
      const bytes = await statisticsWorkbook(report);
      res.setHeader('Content-Type', XLSX);
      res.setHeader('Content-Disposition', contentDisposition(`Biểu ${report.code.replace(/\//g, '-')} năm ${report.year}.xlsx`));
      res.setHeader('Content-Length', String(bytes.length));
      res.end(bytes);
    } catch (error) {
      if (error instanceof AppError) {
        const status = error.code === 'UNAUTHENTICATED' ? 401 : error.code === 'FORBIDDEN' ? 403 : error.code === 'NOT_FOUND' ? 404 : 400;
        return void res.status(status).json({ code: error.code, message: error.message });
      }
      console.error('Unexpected statistics export error:', error);
      res.status(500).json({ code: 'INTERNAL_SERVER_ERROR', message: 'Lỗi máy chủ.' });
    }
  });
  return router;
}
