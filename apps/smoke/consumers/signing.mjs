// ESM consumer of the built @k/signing: Kraken's official vectors (kraken-facts §1).
import assert from 'node:assert/strict'
import {
  createNonce,
  signFuturesChallenge,
  signFuturesChallengeSync,
  signFuturesRequest,
  signFuturesRequestSync,
  signSpotRequest,
  signSpotRequestSync,
} from '@k/signing'

const SPOT_SECRET = 'kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg=='
const FUTURES_SECRET = '7zxMEF5p/Z8l2p2U7Ghv6x14Af+Fx+92tPgUdVQ748FOIrEoT9bgT+bTRfXc5pz8na+hL/QdrCVG7bh9KpT0eMTm'
const spot = {
  secret: SPOT_SECRET,
  path: '/0/private/AddOrder',
  nonce: '1616492376594',
  body: 'nonce=1616492376594&ordertype=limit&pair=XBTUSD&price=37500&type=buy&volume=1.25',
}
const futures = {
  secret: FUTURES_SECRET,
  path: '/derivatives/api/v3/sendorder',
  nonce: '1415957147987',
  postData: 'orderType=lmt&symbol=PI_XBTUSD&side=buy&size=1&limitPrice=1000',
}
const challenge = { secret: FUTURES_SECRET, challenge: 'c100b894-1729-464d-ace1-52dbce11db42' }

const spotSign = '4/dpxb3iT4tp/ZCVEwSnEsLxx0bqyhLpdfOpc6fn7OR8+UClSV5n9E6aSS8MPtnRfp32bAb0nmbRn6H8ndwLUQ=='
const futuresSign = 'klsHt7Lu4YPnGP21VU3dJKxgg8VOztHVWHNA+OV17UTbTBxYXhMNk1K8+rC8az2lNV5RQTYVjKfDVEa7kOGX/g=='
const challengeSign = '4JEpF3ix66GA2B+ooK128Ift4XQVtc137N9yeg4Kqsn9PI0Kpzbysl9M1IeCEdjg0zl00wkVqcsnG4bmnlMb3A=='
assert.equal(await signSpotRequest(spot), spotSign)
assert.equal(signSpotRequestSync(spot), spotSign)
assert.equal(await signFuturesRequest(futures), futuresSign)
assert.equal(signFuturesRequestSync(futures), futuresSign)
assert.equal(await signFuturesChallenge(challenge), challengeSign)
assert.equal(signFuturesChallengeSync(challenge), challengeSign)
const next = createNonce()
const first = next()
assert.ok(BigInt(next()) > BigInt(first))
console.log('ok')
