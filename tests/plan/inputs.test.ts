import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { PlanInputError } from '../../lib/plan/errors';
import { documentToText } from '../../lib/plan/html';
import { parsePlan, parsePlanText } from '../../lib/plan/parse';
import { pdfToText } from '../../lib/plan/pdf';
import { imageOnlyPdf, textPdf } from './makePdf';

describe('PDF input', () => {
  it('reads the text layer line by line', async () => {
    const text = await pdfToText(
      textPdf(['So: 49/KH-UBND', 'KE HOACH', 'Cai cach hanh chinh phuong Tam Thanh nam 2026', 'I. MUC TIEU', '- 100% van ban quy pham phap luat duoc ban hanh dung tham quyen.']),
    );
    expect(text).toContain('Cai cach hanh chinh phuong Tam Thanh nam 2026');
    const plan = parsePlan(text);
    expect(plan.plan.number).toBe('49/KH-UBND');
    expect(plan.targets.map((t) => [t.value, t.indicator])).toEqual([[100, 'institution.legal_doc_compliance_rate']]);
  });

  it('says a scanned PDF has no text layer', async () => {
    await expect(pdfToText(imageOnlyPdf())).rejects.toThrow(/không có lớp chữ \(bản scan\)/);
  });

  it('rejects bytes that are not a PDF', async () => {
    await expect(pdfToText(new TextEncoder().encode('not a pdf'))).rejects.toBeInstanceOf(PlanInputError);
  });
});

describe('document page input', () => {
  const html = `<html><head><title>Kế hoạch</title></head><body><nav>Trang chủ | Văn bản đến</nav>
    <article><h1>KẾ HOẠCH</h1><p>Cải cách hành chính xã Thụy Hùng năm 2026</p>
    <h2>I. MỤC TIÊU</h2><p>- 100% văn bản quy phạm pháp luật được xây dựng, ban hành đúng thẩm quyền.</p>
    <p>- Tỷ lệ xử lý phản ánh, kiến nghị đúng hạn đạt 100%.</p>
    <p>Nội dung thêm để Readability coi đây là bài viết chính của trang, đủ dài và đủ chữ cho thuật toán.</p></article></body></html>`;

  it('keeps paragraphs as lines and leaves the page untouched', () => {
    const window = new Window({ url: 'https://qlvb.example.gov.vn/' });
    window.document.write(html);
    const doc = window.document as unknown as Document;
    const before = doc.body.innerHTML;
    const text = documentToText(doc);
    expect(text.split('\n')).toContain('I. MỤC TIÊU');
    expect(doc.body.innerHTML).toBe(before);
    expect(parsePlan(text).targets.map((t) => t.indicator)).toEqual([
      'institution.legal_doc_compliance_rate',
      'procedure.feedback_on_time_rate',
    ]);
  });
});

describe('text input', () => {
  it('rejects empty text and text without a plan, with a one-line reason', () => {
    expect(() => parsePlanText('  \n ')).toThrow(PlanInputError);
    expect(() => parsePlanText('Thực đơn hôm nay: phở bò, 100% thịt tươi.')).toThrow(/không phải kế hoạch/);
  });
});
