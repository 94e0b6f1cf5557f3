import express from 'express';
import { StatisticsForm } from '@thidua/shared';
import { callerOf, sendAttachment, sendFailure, type DownloadRoutesOptions } from '../../core/http/download.js';
import { statisticsWorkbook } from './statistics-xlsx.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const YEAR = /^(19|20)\d\d$|^2100$/;

/**
 * `GET /exports/statistics.xlsx?form=F0603&year=2022[&unitId=…|&blocId=…]`: the form as the caller
 * may see it (the same service as `statisticsReport`), authenticated like /graphql (session cookie
 * or Bearer token), always an attachment with nosniff. Errors are JSON `{ code, message }`.
 */
export function statisticsRoutes(options: DownloadRoutesOptions): express.Router {
  const router = express.Router();
  router.get('/statistics.xlsx', async (req, res) => {
    try {
      const actor = await callerOf(options, req, res);
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
      sendAttachment(res, { name: `Biểu ${report.code.replace(/\//g, '-')} năm ${report.year}.xlsx`, type: XLSX, bytes: await statisticsWorkbook(report) });
    } catch (error) {
      sendFailure(res, error, 'statistics export');
    }
  });
  return router;
}
