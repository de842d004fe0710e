import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title. */
    titleKey?: string
    /** Shown without signing in. */
    public?: boolean
    /** Still shown when the network (or sign-in) is out of reach: it reads what this device saved. */
    offline?: boolean
  }
}

const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: () => import('./views/HomeView.vue'), meta: { titleKey: 'home.title' } },
  { path: '/units', name: 'units', component: () => import('./views/UnitTreeView.vue'), meta: { titleKey: 'units.title' } },
  {
    path: '/units/merge',
    name: 'unit-merge',
    component: () => import('./views/UnitMergeView.vue'),
    meta: { titleKey: 'merges.title' },
  },
  { path: '/members', name: 'members', component: () => import('./views/MemberListView.vue'), meta: { titleKey: 'members.title' } },
  {
    path: '/members/new',
    name: 'member-new',
    component: () => import('./views/MemberFormView.vue'),
    meta: { titleKey: 'form.newTitle' },
  },
  {
    path: '/members/:id(\\d+)',
    name: 'member',
    component: () => import('./views/DossierView.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
    meta: { titleKey: 'dossier.title' },
  },
  {
    path: '/members/:id(\\d+)/edit',
    name: 'member-edit',
    component: () => import('./views/MemberFormView.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
    meta: { titleKey: 'dossier.edit' },
  },
  {
    path: '/transfers',
    name: 'transfers',
    component: () => import('./views/TransfersView.vue'),
    meta: { titleKey: 'transfers.title' },
  },
  {
    path: '/transfers/out/:id(\\d+)/slip',
    name: 'transfer-slip',
    component: () => import('./views/TransferSlipView.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
    meta: { titleKey: 'wardTransfers.slipTitle' },
  },
  {
    path: '/statistics',
    name: 'statistics',
    component: () => import('./views/StatisticsView.vue'),
    meta: { titleKey: 'statistics.title' },
  },
  {
    path: '/follow-up',
    name: 'follow-up',
    component: () => import('./views/FollowUpView.vue'),
    meta: { titleKey: 'followUp.title' },
  },
  {
    path: '/imports',
    name: 'imports',
    component: () => import('./views/ImportView.vue'),
    meta: { titleKey: 'imports.title' },
  },
  { path: '/fees', name: 'fees', component: () => import('./views/FeesView.vue'), meta: { titleKey: 'fees.title' } },
  { path: '/ratings', name: 'ratings', component: () => import('./views/RatingsView.vue'), meta: { titleKey: 'ratings.title' } },
  {
    path: '/accounts',
    name: 'accounts',
    component: () => import('./views/AccountsView.vue'),
    meta: { titleKey: 'accounts.title' },
  },
  { path: '/meetings', name: 'meetings', component: () => import('./views/MeetingsView.vue'), meta: { titleKey: 'meetings.title' } },
  {
    path: '/meetings/history',
    name: 'meeting-history',
    component: () => import('./views/MeetingHistoryView.vue'),
    meta: { titleKey: 'meetings.historyTitle' },
  },
  {
    path: '/meetings/check-in',
    name: 'meeting-check-in',
    component: () => import('./views/MeetingCheckInView.vue'),
    meta: { titleKey: 'meetings.checkInTitle' },
  },
  {
    path: '/meetings/:id(\\d+)',
    name: 'meeting',
    component: () => import('./views/MeetingView.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
    meta: { titleKey: 'meetings.detailTitle' },
  },
  { path: '/classes', name: 'classes', component: () => import('./views/ClassesView.vue'), meta: { titleKey: 'classes.title' } },
  {
    path: '/classes/:id(\\d+)',
    name: 'class',
    component: () => import('./views/ClassView.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
    meta: { titleKey: 'classes.detailTitle' },
  },
  {
    path: '/classes/:id(\\d+)/completion',
    name: 'class-completion',
    component: () => import('./views/ClassCompletionView.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
    meta: { titleKey: 'classes.printTitle' },
  },
  { path: '/notices', name: 'notices', component: () => import('./views/NoticesView.vue'), meta: { titleKey: 'notices.title' } },
  {
    path: '/notices/new',
    name: 'notice-new',
    component: () => import('./views/NoticeComposeView.vue'),
    meta: { titleKey: 'notices.composeTitle' },
  },
  {
    path: '/notices/:id(\\d+)',
    name: 'notice',
    component: () => import('./views/NoticeView.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
    meta: { titleKey: 'notices.title' },
  },
  {
    path: '/corrections',
    name: 'corrections',
    component: () => import('./views/CorrectionsView.vue'),
    meta: { titleKey: 'corrections.queueTitle' },
  },
  { path: '/library', name: 'library', component: () => import('./views/LibraryView.vue'), meta: { titleKey: 'library.title', offline: true } },
  {
    path: '/library/:id(\\d+)',
    name: 'library-document',
    component: () => import('./views/DocumentView.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
    meta: { titleKey: 'library.title', offline: true },
  },
  {
    path: '/congresses/:id(\\d+)/kiosk',
    name: 'congress-kiosk',
    component: () => import('./views/congress/KioskView.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
    meta: { titleKey: 'congress.kiosk.title' },
  },
  {
    path: '/congresses/:id(\\d+)/cards',
    name: 'congress-cards',
    component: () => import('./views/congress/CardsView.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
    meta: { titleKey: 'congress.cards.title' },
  },
  { path: '/audit', name: 'audit', component: () => import('./views/AuditView.vue'), meta: { titleKey: 'audit.title' } },
  {
    path: '/congresses',
    name: 'congresses',
    component: () => import('./views/congress/CongressListView.vue'),
    meta: { titleKey: 'congress.prep.list.title' },
  },
  {
    path: '/congresses/:id(\\d+)',
    name: 'congress',
    component: () => import('./views/congress/CongressView.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
    meta: { titleKey: 'congress.prep.title' },
  },
  {
    path: '/congresses/:id(\\d+)/seats/print',
    name: 'congress-seats-print',
    component: () => import('./views/congress/SeatPlanPrintView.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
    meta: { titleKey: 'congress.prep.print.title' },
  },
  {
    path: '/congresses/:id(\\d+)/attendance',
    name: 'congress-attendance',
    component: () => import('./views/congress/AttendanceBoardView.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
    meta: { titleKey: 'congress.prep.board.title' },
  },
  {
    path: '/congresses/:id(\\d+)/documents',
    name: 'congress-documents',
    component: () => import('./views/congress/CongressDocumentsView.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
    meta: { titleKey: 'congress.docs.title', offline: true },
  },
  {
    path: '/congresses/:id(\\d+)/documents/:docId(\\d+)',
    name: 'congress-document',
    component: () => import('./views/congress/CongressDocumentView.vue'),
    props: (route) => ({ id: Number(route.params.id), docId: Number(route.params.docId) }),
    meta: { titleKey: 'congress.docs.title', offline: true },
  },
  {
    path: '/congresses/:id(\\d+)/comments',
    name: 'congress-comments',
    component: () => import('./views/congress/CommentModerationView.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
    meta: { titleKey: 'congress.docs.moderationTitle' },
  },
  {
    path: '/public/congresses/:id(\\d+)',
    name: 'public-congress',
    component: () => import('./views/PublicCongressView.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
    meta: { titleKey: 'congress.docs.publicFormTitle', public: true },
  },
  {
    path: '/congresses/:id(\\d+)/credentials',
    name: 'congress-credentials',
    component: () => import('./views/congress/CredentialReportView.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
    meta: { titleKey: 'congress.credentials.title' },
  },
  {
    path: '/congresses/:id(\\d+)/faces',
    name: 'congress-faces',
    component: () => import('./views/congress/FaceEnrolView.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
    meta: { titleKey: 'congress.face.enrolTitle' },
  },
  {
    path: '/congresses/:id(\\d+)/kiosk/face',
    name: 'congress-face-kiosk',
    component: () => import('./views/congress/FaceKioskView.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
    meta: { titleKey: 'congress.face.kioskTitle' },
  },
  {
    path: '/unit-ratings',
    name: 'unit-ratings',
    component: () => import('./views/UnitRatingsView.vue'),
    meta: { titleKey: 'unitRating.title' },
  },
  {
    path: '/public',
    name: 'ward-public',
    component: () => import('./views/WardPublicView.vue'),
    meta: { titleKey: 'wardPublic.title', public: true },
  },
  {
    path: '/forbidden',
    name: 'forbidden',
    component: () => import('./views/ErrorView.vue'),
    props: { kind: 'forbidden' },
    meta: { titleKey: 'errors.forbiddenTitle' },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('./views/ErrorView.vue'),
    props: { kind: 'not-found' },
    meta: { titleKey: 'errors.notFoundTitle', public: true },
  },
]

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes,
  scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
})
