import { expect, test } from 'vitest'
import * as entry from './index.js'

test('export surface', () => {
  expect(Object.keys(entry).sort()).toMatchSnapshot()
})
