import { inspect } from 'node:util'
import { describe, expect, it } from 'vitest'
import { SimState } from './SimState.js'

describe('SimState', () => {
  it('never shows account secrets in util.inspect or JSON.stringify', () => {
    const state = new SimState({ seed: 3 })
    state.addAccount({
      key: 'visible-key',
      secret: 'c2VjcmV0LXZhbHVlLTEyMzQ=',
      futuresKey: 'fk',
      futuresSecret: 'ZnV0dXJlcy1zZWNyZXQ=',
    })
    for (const text of [
      inspect(state, { depth: 10 }),
      JSON.stringify(state),
      String(inspect({ nested: state }, { depth: 10 })),
    ]) {
      expect(text).not.toContain('c2VjcmV0LXZhbHVlLTEyMzQ=')
      expect(text).not.toContain('ZnV0dXJlcy1zZWNyZXQ=')
    }
    expect(JSON.stringify(state)).toContain('visible-key')
  })

  it('creates each domain once', () => {
    const state = new SimState({})
    let created = 0
    const a = state.domain('x', () => ({ id: ++created }))
    const b = state.domain('x', () => ({ id: ++created }))
    expect(a).toBe(b)
    expect(created).toBe(1)
  })
})
