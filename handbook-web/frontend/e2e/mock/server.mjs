// A small stand-in for the real system, for trying the front end locally: it serves dist/ with
// history-mode fallback, a fake records API with in-memory data, and a fake Keycloak (authorization
// code + PKCE, a login page with #username/#password/#kc-login). Not used by the real browser test.
//
//   node e2e/mock/server.mjs            # app on :5180, "Keycloak" on :5181
//   MOCK_KC=down node e2e/mock/server.mjs   # /api/config points at a port nobody listens on
import http from 'node:http'
import { createHash, randomUUID } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const APP_PORT = Number(process.env.MOCK_APP_PORT || 5180)
const KC_PORT = Number(process.env.MOCK_KC_PORT || 5181)
const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist')
const KC_URL = process.env.MOCK_KC === 'down' ? 'http://localhost:5999' : `http://localhost:${KC_PORT}`

// ---------------------------------------------------------------- data
const users = {
  'bithu.cb01': { password: 'demo', displayName: 'Trần Văn Bình', roles: ['secretary', 'member'], memberId: 12, wholeWard: false, unitIds: [3] },
  'dangvien.01': { password: 'demo', displayName: 'Lê Thị Hoa', roles: ['member'], memberId: 15, wholeWard: false, unitIds: [] },
  'canbo.01': { password: 'demo', displayName: 'Phạm Minh Đức', roles: ['officer'], memberId: null, wholeWard: true, unitIds: [] },
}

let units = [
  { id: 1, kind: 'WARD', name: 'Đảng bộ phường Bến Thành', parentId: null, dissolvedOn: null },
  { id: 2, kind: 'SUB', name: 'Đảng bộ bộ phận Khối cơ quan', parentId: 1, dissolvedOn: null },
  { id: 3, kind: 'CELL', name: 'Chi bộ Khu phố 1', parentId: 1, dissolvedOn: null },
  { id: 4, kind: 'CELL', name: 'Chi bộ Khu phố 2', parentId: 1, dissolvedOn: null },
  { id: 5, kind: 'CELL', name: 'Chi bộ Khu phố 10', parentId: 1, dissolvedOn: null },
  { id: 6, kind: 'CELL', name: 'Chi bộ Trường Tiểu học Kim Đồng', parentId: 2, dissolvedOn: null },
  { id: 7, kind: 'CELL', name: 'Chi bộ Công an phường', parentId: 2, dissolvedOn: null },
  { id: 8, kind: 'CELL', name: 'Chi bộ Khu phố 3', parentId: 1, dissolvedOn: '2025-01-01' },
]
let nextUnitId = 9
const positions = [
  { id: 1, unitId: 3, memberId: 12, role: 'SECRETARY', from: '2025-01-01', to: null },
  { id: 2, unitId: 3, memberId: 13, role: 'DEPUTY_SECRETARY', from: '2025-01-01', to: null },
]
let nextPositionId = 3

const family = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương']
const middleM = ['Văn', 'Minh', 'Quốc', 'Đức', 'Hữu', 'Thanh']
const middleF = ['Thị', 'Ngọc', 'Thu', 'Thanh', 'Kim', 'Mỹ']
const givenM = ['Bình', 'An', 'Dũng', 'Hùng', 'Khoa', 'Long', 'Nam', 'Phúc', 'Quân', 'Sơn', 'Tâm', 'Thắng', 'Tuấn', 'Việt', 'Đạt']
const givenF = ['Hoa', 'Anh', 'Châu', 'Dung', 'Giang', 'Hạnh', 'Hương', 'Lan', 'Linh', 'Mai', 'Nga', 'Oanh', 'Thảo', 'Trang', 'Yến']
const statuses = ['FULL', 'FULL', 'FULL', 'PROBATIONARY', 'EXEMPT']
const cellIds = [3, 4, 5, 6, 7]

const members = new Map()
for (let i = 1; i <= 75; i++) {
  const female = i % 3 === 0
  let fullName = `${family[i % family.length]} ${(female ? middleF : middleM)[i % 6]} ${(female ? givenF : givenM)[(i * 7) % 15]}`
  let cellId = cellIds[i % cellIds.length]
  if (i === 12) fullName = 'Trần Văn Bình'
  if (i === 15) fullName = 'Lê Thị Hoa'
  if (i === 12 || i === 13 || i === 15) cellId = 3
  if (i === 1) cellId = 4
  const year = 1950 + ((i * 13) % 50)
  members.set(i, {
    id: i,
    fullName,
    sex: female || i === 15 ? 'FEMALE' : 'MALE',
    birthDate: `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    citizenId: String(79000000000 + i * 1031).padStart(12, '0'),
    partyCardNumber: String(1000000 + i * 17),
    status: statuses[i % statuses.length],
    cellId,
    otherNames: null,
    birthplace: 'Xã Tân Phú, huyện Đức Hòa, tỉnh Long An',
    residence: `${i} đường Lê Lợi, phường Bến Thành, TP. Hồ Chí Minh`,
    ethnicity: 'Kinh',
    religion: i % 7 === 0 ? 'Phật giáo' : 'Không',
    occupation: i % 4 === 0 ? 'Hưu trí' : 'Cán bộ',
    generalEducation: '12/12',
    professionalQualification: i % 2 ? 'Cử nhân Kinh tế' : null,
    politicalTheory: ['NONE', 'ELEMENTARY', 'INTERMEDIATE', 'ADVANCED', 'BACHELOR'][i % 5],
    foreignLanguage: i % 3 ? 'Tiếng Anh B1' : null,
    itLevel: 'Cơ bản',
    admissionDate: `${year + 25}-05-19`,
    fullMembershipDate: `${year + 26}-05-19`,
    version: 1,
  })
}
let nextMemberId = 76
const histories = new Map()
histories.set(12, [
  { at: '2026-03-02T03:15:00Z', by: 'canbo.01', changes: [{ field: 'occupation', from: 'Công nhân', to: 'Cán bộ' }] },
])
const audit = []
function record(actor, action, subject, detail) {
  audit.unshift({ at: new Date().toISOString(), actor, action, subject, detail, origin: '127.0.0.1' })
}
record('canbo.01', 'LOGIN', 'canbo.01', null)

// ---------------------------------------------------------------- helpers
const collator = new Intl.Collator('vi')
const fold = (s) => (s ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase()
const cellName = (id) => units.find((u) => u.id === id)?.name ?? ''
const activeMembers = (unitId) => {
  const ids = subtree(unitId)
  return [...members.values()].filter((m) => ids.has(m.cellId) && ['FULL', 'PROBATIONARY', 'EXEMPT'].includes(m.status)).length
}
function subtree(id) {
  const ids = new Set([id])
  let grew = true
  while (grew) {
    grew = false
    for (const u of units) if (u.parentId != null && ids.has(u.parentId) && !ids.has(u.id)) { ids.add(u.id); grew = true }
  }
  return ids
}
function visibleCells(user) {
  if (user.wholeWard) return null
  const ids = new Set()
  for (const id of user.unitIds) for (const x of subtree(id)) ids.add(x)
  return ids
}
const summary = (m) => ({
  id: m.id, fullName: m.fullName, sex: m.sex, birthDate: m.birthDate, citizenId: m.citizenId,
  partyCardNumber: m.partyCardNumber, status: m.status, cellId: m.cellId, cellName: cellName(m.cellId),
})
const dossier = (m) => ({ ...m, cellName: cellName(m.cellId) })

const msgs = {
  vi: {
    citizenId: 'Số CCCD phải có 12 chữ số', required: 'Không được để trống', invalid: 'Dữ liệu không hợp lệ',
    conflict: 'Hồ sơ đã được người khác sửa', forbidden: 'Bạn không có quyền thực hiện thao tác này', notFound: 'Không tìm thấy',
    duplicate: 'Số CCCD đã có trong hệ thống',
  },
  en: {
    citizenId: 'A citizen ID must have 12 digits', required: 'Must not be empty', invalid: 'Invalid data',
    conflict: 'The record was changed by someone else', forbidden: 'You are not allowed to do this', notFound: 'Not found',
    duplicate: 'This citizen ID is already on record',
  },
}
const lang = (req) => ((req.headers['accept-language'] || 'vi').toLowerCase().startsWith('en') ? 'en' : 'vi')

function send(res, status, body, headers = {}) {
  const data = body === undefined ? '' : JSON.stringify(body)
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers })
  res.end(data)
}
function problem(res, status, title, detail, errors) {
  send(res, status, { type: 'about:blank', title, status, detail, ...(errors ? { errors } : {}) }, {
    'Content-Type': 'application/problem+json; charset=utf-8',
  })
}
async function readBody(req) {
  const chunks = []
  for await (const c of req) chunks.push(c)
  return Buffer.concat(chunks).toString('utf8')
}
const b64url = (buf) => Buffer.from(buf).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')

// ---------------------------------------------------------------- fake Keycloak
const kcSessions = new Map() // session id -> username
const codes = new Map() // code -> { username, nonce, redirectUri, challenge, sid }
const tokens = new Map() // access token -> username
const refreshTokens = new Map() // refresh token -> { username, sid }

function jwt(payload) {
  return `${b64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${b64url(JSON.stringify(payload))}.sig`
}
function issueTokens(username, nonce, sid) {
  const now = Math.floor(Date.now() / 1000)
  const base = { iat: now, exp: now + 300, iss: `${KC_URL}/realms/ward`, sub: username, preferred_username: username, sid, session_state: sid }
  const access = jwt({ ...base, typ: 'Bearer', aud: 'handbook-web', nonce, jti: randomUUID(), groups: users[username].roles })
  const id = jwt({ ...base, typ: 'ID', aud: 'handbook-web', nonce })
  const refresh = jwt({ ...base, typ: 'Refresh', exp: now + 1800, jti: randomUUID() })
  tokens.set(access, username)
  refreshTokens.set(refresh, { username, sid })
  return { access_token: access, id_token: id, refresh_token: refresh, token_type: 'Bearer', expires_in: 300, refresh_expires_in: 1800, session_state: sid, scope: 'openid' }
}
function cookieSession(req) {
  const m = /(?:^|;\s*)KC_MOCK=([^;]+)/.exec(req.headers.cookie || '')
  return m && kcSessions.has(m[1]) ? m[1] : null
}
function redirectWithCode(res, params, sid) {
  const code = randomUUID()
  codes.set(code, { username: kcSessions.get(sid), nonce: params.get('nonce'), redirectUri: params.get('redirect_uri'), challenge: params.get('code_challenge'), sid })
  const frag = new URLSearchParams({ state: params.get('state') || '', session_state: sid, iss: `${KC_URL}/realms/ward`, code })
  const sep = params.get('response_mode') === 'query' ? (params.get('redirect_uri').includes('?') ? '&' : '?') : '#'
  res.writeHead(302, { Location: `${params.get('redirect_uri')}${sep}${frag}` })
  res.end()
}
const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c])
function loginPage(res, params, error) {
  const hidden = [...params.entries()].map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`).join('')
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
  res.end(`<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Đăng nhập (mock)</title></head><body>
<h1>Đăng nhập – mock Keycloak</h1>${error ? `<p role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/realms/ward/login-actions/authenticate">${hidden}
<label for="username">Tên đăng nhập</label><input id="username" name="username" autocomplete="username">
<label for="password">Mật khẩu</label><input id="password" name="password" type="password">
<button id="kc-login" type="submit">Đăng nhập</button></form></body></html>`)
}

const kc = http.createServer(async (req, res) => {
  const url = new URL(req.url, `http://localhost:${KC_PORT}`)
  const p = url.pathname
  const cors = { 'Access-Control-Allow-Origin': req.headers.origin || '*', 'Access-Control-Allow-Credentials': 'true', 'Access-Control-Allow-Headers': 'Content-Type, Authorization' }
  if (req.method === 'OPTIONS') { res.writeHead(204, cors); return res.end() }
  if (p.endsWith('/3p-cookies/step1.html')) {
    res.writeHead(200, { 'Content-Type': 'text/html' })
    return res.end('<!doctype html><script>parent.postMessage("supported", "*")</script>')
  }
  if (p === '/realms/ward/protocol/openid-connect/auth') {
    const sid = cookieSession(req)
    if (sid) return redirectWithCode(res, url.searchParams, sid)
    if (url.searchParams.get('prompt') === 'none') {
      const frag = new URLSearchParams({ error: 'login_required', state: url.searchParams.get('state') || '' })
      res.writeHead(302, { Location: `${url.searchParams.get('redirect_uri')}#${frag}` })
      return res.end()
    }
    return loginPage(res, url.searchParams)
  }
  if (p === '/realms/ward/login-actions/authenticate' && req.method === 'POST') {
    const form = new URLSearchParams(await readBody(req))
    const user = users[form.get('username')]
    if (!user || user.password !== form.get('password')) {
      form.delete('username'); form.delete('password')
      return loginPage(res, form, 'Sai tên đăng nhập hoặc mật khẩu')
    }
    const sid = randomUUID()
    kcSessions.set(sid, form.get('username'))
    record(form.get('username'), 'LOGIN', form.get('username'), null)
    res.setHeader('Set-Cookie', `KC_MOCK=${sid}; Path=/; HttpOnly; SameSite=Lax`)
    form.delete('username'); form.delete('password')
    return redirectWithCode(res, form, sid)
  }
  if (p === '/realms/ward/protocol/openid-connect/token' && req.method === 'POST') {
    const form = new URLSearchParams(await readBody(req))
    if (form.get('grant_type') === 'authorization_code') {
      const c = codes.get(form.get('code'))
      codes.delete(form.get('code'))
      const verifier = form.get('code_verifier') || ''
      if (!c || c.redirectUri !== form.get('redirect_uri') || b64url(createHash('sha256').update(verifier).digest()) !== c.challenge) {
        return send(res, 400, { error: 'invalid_grant' }, cors)
      }
      return send(res, 200, issueTokens(c.username, c.nonce, c.sid), cors)
    }
    if (form.get('grant_type') === 'refresh_token') {
      const r = refreshTokens.get(form.get('refresh_token'))
      if (!r || !kcSessions.has(r.sid)) return send(res, 400, { error: 'invalid_grant' }, cors)
      return send(res, 200, issueTokens(r.username, undefined, r.sid), cors)
    }
    return send(res, 400, { error: 'unsupported_grant_type' }, cors)
  }
  if (p === '/realms/ward/protocol/openid-connect/logout') {
    const sid = cookieSession(req)
    if (sid) kcSessions.delete(sid)
    res.writeHead(302, { Location: url.searchParams.get('post_logout_redirect_uri') || '/', 'Set-Cookie': 'KC_MOCK=; Path=/; Max-Age=0' })
    return res.end()
  }
  res.writeHead(404); res.end('not found')
})

// ---------------------------------------------------------------- API
function caller(req) {
  const m = /^Bearer (.+)$/.exec(req.headers.authorization || '')
  const username = m && tokens.get(m[1])
  return username ? { username, ...users[username] } : null
}
const isOfficer = (u) => u.roles.includes('officer') || u.roles.includes('admin')
const canManage = (u) => isOfficer(u) || u.roles.includes('secretary')

function validateMember(body, l, partial) {
  const errors = []
  const need = (f) => { if (!partial || f in body) if (body[f] == null || body[f] === '') errors.push({ field: f, message: msgs[l].required }) }
  for (const f of ['fullName', 'sex', 'birthDate', 'citizenId', 'cellId']) need(f)
  if ((!partial || 'citizenId' in body) && body.citizenId && !/^\d{12}$/.test(body.citizenId)) errors.push({ field: 'citizenId', message: msgs[l].citizenId })
  if ((!partial || 'citizenId' in body) && body.citizenId && [...members.values()].some((m) => m.citizenId === body.citizenId && m.id !== body.id)) {
    errors.push({ field: 'citizenId', message: msgs[l].duplicate })
  }
  return errors
}

async function api(req, res, url) {
  const p = url.pathname
  const l = lang(req)
  if (p === '/api/config') return send(res, 200, { authUrl: KC_URL, realm: 'ward', clientId: 'handbook-web' })
  const user = caller(req)
  if (!user) return problem(res, 401, 'Unauthorized', 'Authentication required')
  const body = ['POST', 'PATCH', 'PUT'].includes(req.method) ? JSON.parse((await readBody(req)) || '{}') : null
  const forbid = () => problem(res, 403, 'Forbidden', msgs[l].forbidden)
  let m

  if (p === '/api/me') {
    return send(res, 200, { username: user.username, displayName: user.displayName, roles: user.roles, memberId: user.memberId, wholeWard: user.wholeWard, unitIds: user.unitIds })
  }
  if (p === '/api/units' && req.method === 'GET') {
    if (!canManage(user)) return forbid()
    return send(res, 200, units.map((u) => ({ ...u, activeMembers: activeMembers(u.id) })))
  }
  if (p === '/api/units' && req.method === 'POST') {
    if (!isOfficer(user)) return forbid()
    if (!body.name?.trim()) return problem(res, 400, 'Bad Request', msgs[l].invalid, [{ field: 'name', message: msgs[l].required }])
    const u = { id: nextUnitId++, kind: body.kind, name: body.name.trim(), parentId: body.parentId, dissolvedOn: null }
    units.push(u)
    record(user.username, 'UNIT_CREATE', u.name, null)
    return send(res, 201, { ...u, activeMembers: 0 })
  }
  if ((m = /^\/api\/units\/(\d+)$/.exec(p)) && req.method === 'PATCH') {
    if (!isOfficer(user)) return forbid()
    const u = units.find((x) => x.id === Number(m[1]))
    if (!u) return problem(res, 404, 'Not Found', msgs[l].notFound)
    if (body.name !== undefined) u.name = body.name
    if (body.parentId !== undefined) u.parentId = body.parentId
    record(user.username, 'UNIT_UPDATE', u.name, JSON.stringify(body))
    return send(res, 200, { ...u, activeMembers: activeMembers(u.id) })
  }
  if ((m = /^\/api\/units\/(\d+)\/dissolution$/.exec(p)) && req.method === 'POST') {
    if (!isOfficer(user)) return forbid()
    const u = units.find((x) => x.id === Number(m[1]))
    if (!u) return problem(res, 404, 'Not Found', msgs[l].notFound)
    u.dissolvedOn = body.date
    record(user.username, 'UNIT_DISSOLVE', u.name, body.reason)
    return send(res, 200, { ...u, activeMembers: activeMembers(u.id) })
  }
  if ((m = /^\/api\/units\/(\d+)\/positions$/.exec(p))) {
    const unitId = Number(m[1])
    if (req.method === 'GET') {
      if (!canManage(user)) return forbid()
      return send(res, 200, positions.filter((x) => x.unitId === unitId).map((x) => ({ ...x, memberName: members.get(x.memberId)?.fullName ?? '' })))
    }
    if (!isOfficer(user)) return forbid()
    const pos = { id: nextPositionId++, unitId, memberId: body.memberId, role: body.role, from: body.from, to: null }
    for (const x of positions) if (x.unitId === unitId && x.role === body.role && !x.to) x.to = body.from
    positions.push(pos)
    return send(res, 201, { ...pos, memberName: members.get(pos.memberId)?.fullName ?? '' })
  }
  if (p === '/api/members' && req.method === 'GET') {
    if (!canManage(user)) return forbid()
    const visible = visibleCells(user)
    const q = fold(url.searchParams.get('q') || '').trim()
    const unitId = url.searchParams.get('unitId') ? Number(url.searchParams.get('unitId')) : null
    const unitSet = unitId != null ? subtree(unitId) : null
    const status = url.searchParams.get('status')
    const page = Number(url.searchParams.get('page') || 0)
    const size = Number(url.searchParams.get('size') || 20)
    const all = [...members.values()]
      .filter((x) => !visible || visible.has(x.cellId))
      .filter((x) => !unitSet || unitSet.has(x.cellId))
      .filter((x) => !status || x.status === status)
      .filter((x) => !q || fold(x.fullName).includes(q) || x.citizenId.includes(q) || (x.partyCardNumber || '').includes(q))
      .sort((a, b) => collator.compare(a.fullName.split(' ').pop(), b.fullName.split(' ').pop()) || collator.compare(a.fullName, b.fullName))
    return send(res, 200, { items: all.slice(page * size, page * size + size).map(summary), total: all.length, page, size })
  }
  if (p === '/api/members' && req.method === 'POST') {
    if (!canManage(user)) return forbid()
    const errors = validateMember(body, l, false)
    if (errors.length) return problem(res, 400, 'Bad Request', msgs[l].invalid, errors)
    const d = { ...body, id: nextMemberId++, version: 1 }
    members.set(d.id, d)
    record(user.username, 'MEMBER_CREATE', d.fullName, null)
    return send(res, 201, dossier(d))
  }
  if ((m = /^\/api\/members\/(\d+)(\/history)?$/.exec(p))) {
    const d = members.get(Number(m[1]))
    const visible = visibleCells(user)
    const own = user.memberId === Number(m[1])
    if (!own && (!canManage(user) || (d && visible && !visible.has(d.cellId)))) return forbid()
    if (!d) return problem(res, 404, 'Not Found', msgs[l].notFound)
    if (m[2]) return send(res, 200, histories.get(d.id) ?? [])
    if (req.method === 'GET') return send(res, 200, dossier(d))
    if (req.method === 'PATCH') {
      if (!canManage(user)) return forbid()
      if (body.version !== d.version) return problem(res, 409, 'Conflict', msgs[l].conflict)
      const changes = Object.fromEntries(Object.entries(body).filter(([k]) => k !== 'version'))
      const errors = validateMember({ ...changes, id: d.id }, l, true)
      if (errors.length) return problem(res, 400, 'Bad Request', msgs[l].invalid, errors)
      const entry = { at: new Date().toISOString(), by: user.username, changes: [] }
      for (const [k, v] of Object.entries(changes)) {
        entry.changes.push({ field: k, from: d[k] == null ? null : String(d[k]), to: v == null ? null : String(v) })
        d[k] = v
      }
      d.version++
      histories.set(d.id, [entry, ...(histories.get(d.id) ?? [])])
      record(user.username, 'MEMBER_UPDATE', d.fullName, Object.keys(changes).join(', '))
      return send(res, 200, dossier(d))
    }
  }
  if (p === '/api/audit') {
    if (!isOfficer(user)) return forbid()
    const page = Number(url.searchParams.get('page') || 0)
    const size = Number(url.searchParams.get('size') || 50)
    return send(res, 200, { items: audit.slice(page * size, page * size + size), total: audit.length })
  }
  return problem(res, 404, 'Not Found', msgs[l].notFound)
}

// ---------------------------------------------------------------- static files
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf', '.eot': 'application/vnd.ms-fontobject' }
async function serveStatic(res, pathname) {
  const file = path.join(DIST, path.normalize(pathname).replace(/^(\.\.[/\\])+/, ''))
  try {
    if (file.startsWith(DIST) && (await stat(file)).isFile()) {
      res.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream' })
      return res.end(await readFile(file))
    }
  } catch {
    /* fall through to index.html */
  }
  res.writeHead(200, { 'Content-Type': types['.html'] })
  res.end(await readFile(path.join(DIST, 'index.html')))
}

const app = http.createServer(async (req, res) => {
  const url = new URL(req.url, `http://localhost:${APP_PORT}`)
  try {
    if (url.pathname.startsWith('/api/')) return await api(req, res, url)
    return await serveStatic(res, url.pathname)
  } catch (e) {
    console.error(e)
    problem(res, 500, 'Internal Server Error', String(e))
  }
})

app.listen(APP_PORT, () => console.log(`mock app on http://localhost:${APP_PORT}`))
kc.listen(KC_PORT, () => console.log(`mock keycloak on http://localhost:${KC_PORT}`))
