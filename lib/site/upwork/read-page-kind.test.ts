// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../test/fixtures/load-fixture';
import { readPageKind, readThreadId, surfaceOf } from './read-page-kind';

describe('readPageKind', () => {
  it.each([
    ['https://www.upwork.com/ab/messages/rooms/room_0a1b2c3d', 'message-thread'],
    ['https://www.upwork.com/ab/messages/rooms/room_0a1b2c3d/', 'message-thread'],
    ['https://www.upwork.com/nx/wm/workroom/4400002/messages', 'contract-workroom'],
    ['https://www.upwork.com/nx/wm/workroom/4400002/timesheet', 'contract-workroom'],
    ['https://www.upwork.com/nx/proposals/job/~01abc/apply/', 'proposal'],
    ['https://www.upwork.com/nx/job-post/index/description', 'job-post'],
    ['https://www.upwork.com/nx/create-profile/overview', 'profile'],
    ['https://www.upwork.com/jobs/~01abc', 'other'],
    ['https://www.upwork.com/ab/messages/rooms', 'other'],
    ['not a url at all', 'other'],
  ])('%s → %s', (url, kind) => {
    expect(readPageKind(url)).toBe(kind);
  });

  it('treats the rooms list as a thread when a room is open in it', () => {
    const doc = loadFixture('message-room-2026-11.html');
    expect(readPageKind('https://www.upwork.com/ab/messages/rooms', doc)).toBe('message-thread');
  });

  it('reads thread ids that fit the storage key rules', () => {
    expect(readThreadId('https://www.upwork.com/ab/messages/rooms/room_0a1b2c3d')).toBe('room_0a1b2c3d');
    expect(readThreadId('https://www.upwork.com/nx/wm/workroom/4400002/messages')).toBe('workroom_4400002');
    expect(readThreadId('https://www.upwork.com/nx/proposals/job/~01abc/apply/')).toBeNull();
  });

  it('maps page kinds to policy surfaces', () => {
    expect(surfaceOf('message-thread')).toBe('message');
    expect(surfaceOf('contract-workroom')).toBe('message');
    expect(surfaceOf('proposal')).toBe('proposal');
    expect(surfaceOf('other')).toBe('other');
  });
});
