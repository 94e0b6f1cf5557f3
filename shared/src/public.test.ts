import { describe, expect, it } from 'vitest';
import { publicAwardPath, publicDecisionPath } from './public.js';

describe('public lookup paths', () => {
  it('put the global id as the API uses it under /tra-cuu', () => {
    expect(publicAwardPath('Q29tbWVuZGF0aW9uOjE')).toBe('/tra-cuu/khen-thuong/Q29tbWVuZGF0aW9uOjE');
    expect(publicDecisionPath('RGVjaXNpb246MQ')).toBe('/tra-cuu/quyet-dinh/RGVjaXNpb246MQ');
  });
});
