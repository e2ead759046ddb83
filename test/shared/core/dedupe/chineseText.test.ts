import fc from 'fast-check';
import { pinyin } from 'pinyin-pro';
import * as OpenCC from 'opencc-js';
import { charPinyin, namePinyin, simplified } from '../../../../shared/core/dedupe/chineseText';

// Our tone stripping against pinyin-pro's own toneless output, which it replaces for speed.
describe('pinyin of names', () => {
  it('reads surnames as surnames and drops tones, keeping ü', () => {
    expect(namePinyin('单田芳')).toEqual(['shan', 'tian', 'fang']);
    expect(namePinyin('曾国藩')).toEqual(['zeng', 'guo', 'fan']);
    expect(namePinyin('吕绿')).toEqual(['lü', 'lü']);
    expect(namePinyin('欧阳修')).toEqual(['ou', 'yang', 'xiu']);
  });

  it('gives every character of the basic CJK block the toneless reading pinyin-pro gives it', () => {
    const differ: string[] = [];
    for (let code = 0x4e00; code <= 0x9fff; code++) {
      const ch = String.fromCodePoint(code);
      if (charPinyin(ch) !== pinyin(ch, { toneType: 'none' })) differ.push(ch);
    }
    expect(differ).toEqual([]);
  });

  it('reads any name as pinyin-pro reads it without tones, polyphones and compound surnames included', () => {
    // Surnames (single and compound), polyphones, ü-finals and common given-name characters.
    const pool = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤单仇解区查朴乐重长行朝和了觉角都缪翟伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红亮绿女律旅虑略'];
    const compound = ['欧阳', '司马', '诸葛', '上官', '东方', '令狐', '皇甫', '尉迟', '长孙', '慕容'];
    const name = fc.tuple(fc.oneof(fc.constantFrom(...pool), fc.constantFrom(...compound)), fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 3 })).map(([surname, given]) => surname + given.join(''));
    fc.assert(
      fc.property(name, (text) => {
        const expected = pinyin(text, { toneType: 'none', type: 'array', surname: 'head', nonZh: 'removed' }).filter((s) => s !== '');
        expect(namePinyin(text)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('traditional to simplified', () => {
  const opencc = OpenCC.Converter({ from: 't', to: 'cn' });
  it('gives what OpenCC gives, though it skips the converter for text it would not change', () => {
    // Characters and phrases OpenCC changes (張, 後, 瞭, 乾隆 kept whole), first characters of its phrases (王, 一), and text it leaves alone.
    const pool = [...'張偉陳東劉華臺灣後瞭乾隆王后一目然李明英文海大深上南林雨桐北京市中山路号伟芳豈車龜金'].concat(['王後', '一目瞭然', '乾隆', '皇后', 'ab', ' ', '1', '𠀀', '﨑']);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 8 }), (parts) => {
        const text = parts.join('');
        expect(simplified(text)).toBe(opencc(text));
      }),
      { numRuns: 3000 },
    );
    expect(simplified('張偉')).toBe('张伟');
    expect(simplified('王後')).toBe('王后');
  });
});
