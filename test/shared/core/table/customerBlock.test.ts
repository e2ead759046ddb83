import { customerBlock } from '../../../../shared/core/table/customerBlock';
import { defaultTemplate } from '../../../../shared/core/template/defaultTemplate';

describe('customerBlock', () => {
  it('spans from under the header to the last customer, above blank rows and a totals row', () => {
    const values = [['XX公司客户档案'], [], ['姓名', '电话', '累计消费'], ['王芳', '+8613812345678', 1], [], ['李娜', '+8613900000000', 2], [], ['合计', null, 3], []];
    expect(customerBlock(defaultTemplate, values)).toEqual({ first: 3, last: 5 });
  });

  it('is null without a header or without customers', () => {
    expect(customerBlock(defaultTemplate, [['a', 'b'], ['c', 'd']])).toBeNull();
    expect(customerBlock(defaultTemplate, [['Name', 'Phone'], ['Total', 3]])).toBeNull();
  });
});
