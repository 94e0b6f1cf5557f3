import { describe, expect, it } from 'vitest';
import { mentionHandles, splitMentions } from './mentions.js';

describe('mentions', () => {
  it('reads each handle once, lower case, in order', () => {
    expect(mentionHandles('@Can_Bo_Ban xem giúp, cc @an.nguyen và @can_bo_ban.')).toEqual(['can_bo_ban', 'an.nguyen']);
    expect(mentionHandles('(@hoa) @tuấn,@minh-anh')).toEqual(['hoa', 'tuấn', 'minh-anh']);
  });

  it('ignores e-mail addresses, a lone @ and trailing punctuation', () => {
    expect(mentionHandles('Gửi an@so.gov.vn và @ ai đó')).toEqual([]);
    expect(mentionHandles('Nhờ @binh.')).toEqual(['binh']);
  });

  it('splits a text into plain parts and mentions of known users only', () => {
    expect(splitMentions('Nhờ @AN và @la xem', ['an'])).toEqual([{ text: 'Nhờ ' }, { text: '@AN', mention: 'an' }, { text: ' và @la xem' }]);
    expect(splitMentions('@an', ['AN'])).toEqual([{ text: '@an', mention: 'an' }]);
    expect(splitMentions('Không nhắc ai', [])).toEqual([{ text: 'Không nhắc ai' }]);
  });
});
