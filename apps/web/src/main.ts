import { PAIRS } from './PAIRS.js'
import { resolveEndpoints } from './resolveEndpoints.js'
import { startMarketPage } from './startMarketPage.js'

// The page's entry: endpoints from ?rest=&ws= / VITE_KRAKEN_* / Kraken, the pair selector, then the live view.
const endpoints = resolveEndpoints(location.search, import.meta.env)
const select = document.getElementById('pair') as HTMLSelectElement
const wanted = new URLSearchParams(location.search).get('pair')
for (const pair of PAIRS) select.append(new Option(pair.ws, pair.ws, false, pair.ws === wanted))
const first = PAIRS.find((pair) => pair.ws === select.value) ?? PAIRS[0]!
;(document.getElementById('endpoints') as HTMLElement).textContent = `${endpoints.rest} · ${endpoints.ws}`

const status = document.getElementById('status') as HTMLElement
const fail = (error: unknown) => {
  status.dataset.status = 'error'
  status.textContent = error instanceof Error ? error.message : String(error)
}
startMarketPage(endpoints, first).then((page) => {
  select.addEventListener('change', () => {
    const pair = PAIRS.find((candidate) => candidate.ws === select.value)
    if (pair) page.select(pair).catch(fail)
  })
}, fail)
