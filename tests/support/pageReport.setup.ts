import { clearPageReport } from './pageReport.ts';

export default clearPageReport;
