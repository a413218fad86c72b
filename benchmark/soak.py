#!/usr/bin/env python3
"""Soak driver: hours of mixed, realistic use of a running Therapy Assist, counted by response status.

Started by benchmark/soak.sh, which builds the jar and starts the app on a fresh H2 database. Six actors, each a thread
with think time between requests (a few requests a second in all, not a stress test):

  therapist   pt.demo   API    patients, episodes, delegations to hca.demo and sw.demo, measures, countersigning,
                               ending delegations, inbox and patient reads; group classes, sessions and enrolments
  support     hca.demo  API    My day, accept, record a session, sign; escalations list
  equipment   ot.demo   API    lend walking frames and a wheelchair, return them, clean, receive stock; store reads
  ward        sw.demo   pages  signs in with a form, reads pages, accepts delegations and records stock by form + CSRF;
                               takes group registers through the API
  lead        lead.demo pages  team, reports, inspections, staff pages

Some conflicts are provoked on purpose and expected (a second accept, sign, countersign, return or register, enrolling
twice, withdrawing with a stale version): each names the 409 code it expects. Any other 409 is unexpected.
Exit status: 0 clean; 1 a 5xx, an unexpected 409 or a transport error; 2 another unexpected status (the driver's
expectations no longer match the app: read the samples). Standard library only (Python 3.11).
"""
import argparse
import base64
import http.client
import json
import os
import platform
import random
import re
import threading
import time
import uuid
from collections import Counter, defaultdict, deque
from datetime import date, timedelta
from urllib.parse import urlencode, urlsplit

CSRF = re.compile(r'name="_csrf"\s+value="([^"]+)"')
FORM = re.compile(r'<form[^>]*\saction="([^"]+)"[^>]*>.*?</form>', re.S)
HIDDEN = re.compile(r'<input[^>]*type="hidden"[^>]*name="([^"]+)"[^>]*value="([^"]*)"')


class Stats:
    """Every response, by status and by operation; latencies; the first bodies of anything unexpected."""

    def __init__(self):
        self.lock = threading.Lock()
        self.by_status = Counter()
        self.by_operation = defaultdict(Counter)
        self.latencies = defaultdict(list)
        self.expected_409 = Counter()
        self.unexpected_409 = 0
        self.server_errors = 0
        self.unexpected_other = 0
        self.transport_errors = 0
        self.samples = []
        self.window_failures = Counter()
        self.started = time.monotonic()

    def record(self, operation, status, millis, expected, expected_code, body):
        with self.lock:
            self.by_status[status] += 1
            self.by_operation[operation][status] += 1
            self.latencies[operation].append(millis)
            problem = None
            if status == 0:
                self.transport_errors += 1
                problem = "transport"
            elif status in expected:
                if status == 409:
                    code = problem_code(body)
                    if expected_code and code != expected_code:
                        self.unexpected_409 += 1
                        problem = f"409 {code}, expected {expected_code}"
                    else:
                        self.expected_409[code or "(no code)"] += 1
            elif status >= 500:
                self.server_errors += 1
                problem = "5xx"
            elif status == 409:
                self.unexpected_409 += 1
                problem = "unexpected 409"
            else:
                self.unexpected_other += 1
                problem = f"unexpected {status}"
            if problem:
                self.window_failures[int((time.monotonic() - self.started) // 300)] += 1
                if len(self.samples) < 40:
                    self.samples.append(f"{time.strftime('%H:%M:%S')} {operation}: {status} ({problem}) "
                                        f"{body[:400].decode('utf-8', 'replace') if body else ''}")

    def page_refused(self, operation, text):
        """A form that redirected with a problem instead of its success banner."""
        with self.lock:
            self.unexpected_other += 1
            self.window_failures[int((time.monotonic() - self.started) // 300)] += 1
            if len(self.samples) < 40:
                self.samples.append(f"{time.strftime('%H:%M:%S')} {operation}: refused on the page: {text[:300]}")

    def total(self):
        return sum(self.by_status.values())


def problem_code(body):
    try:
        return json.loads(body).get("code")
    except (ValueError, AttributeError):
        return None


def percentile(values, p):
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


class Client:
    """One user's keep-alive HTTP connection: HTTP Basic for the API, or a signed-in session with CSRF for pages."""

    def __init__(self, base, stats, username, password="demo"):
        self.host, self.port = base.split("//")[1].split(":")
        self.stats = stats
        self.username = username
        self.password = password
        self.basic = "Basic " + base64.b64encode(f"{username}:{password}".encode()).decode()
        self.cookies = {}
        self.connection = None

    def _send(self, method, path, body=None, headers=None):
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        for attempt in (1, 2):
            try:
                if self.connection is None:
                    self.connection = http.client.HTTPConnection(self.host, int(self.port), timeout=60)
                self.connection.request(method, path, body=body, headers=headers)
                response = self.connection.getresponse()
                data = response.read()
                for header, value in response.getheaders():
                    if header.lower() == "set-cookie":
                        name, _, rest = value.partition("=")
                        self.cookies[name.strip()] = rest.split(";")[0]
                if response.getheader("Connection", "").lower() == "close":
                    self.connection.close()
                    self.connection = None
                return response.status, response.getheader("Location"), data
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError) as e:
                # A keep-alive connection the server closed while idle: reconnect once, as any client does.
                self.connection = None
                if attempt == 2:
                    return 0, None, str(e).encode()
            except OSError as e:
                self.connection = None
                return 0, None, str(e).encode()
        return 0, None, b""

    def call(self, operation, method, path, payload=None, expect=(200,), code=None):
        """An API call; returns (status, parsed JSON or None)."""
        headers = {"Authorization": self.basic, "Accept": "application/json"}
        body = None
        if payload is not None:
            body = json.dumps(payload).encode()
            headers["Content-Type"] = "application/json"
        start = time.perf_counter()
        status, _, data = self._send(method, path, body, headers)
        self.stats.record(operation, status, (time.perf_counter() - start) * 1000, expect, code, data)
        try:
            return status, json.loads(data) if data and status in expect else None
        except ValueError:
            return status, None

    def page(self, operation, path, expect=(200,)):
        """A page in the signed-in session; returns (status, html)."""
        start = time.perf_counter()
        status, location, data = self._send("GET", path, headers={"Accept": "text/html"})
        if status == 302 and location and "/login" in location:
            data = f"redirected to {location}: the session was lost".encode()
        self.stats.record(operation, status, (time.perf_counter() - start) * 1000, expect, None, data)
        return status, data.decode("utf-8", "replace")

    def form(self, operation, path, fields, csrf_from):
        """Posts a form as the browser would: with the CSRF token and the form's own one-time token and page, read from
        that form on the page it came from; success is a redirect. Returns the Location."""
        status, html = self.page(operation + " (form page)", csrf_from)
        hidden, form = {}, None
        for candidate in FORM.finditer(html.replace("&amp;", "&") if status == 200 else ""):
            if candidate.group(1) == path:
                form, hidden = candidate, dict(HIDDEN.findall(candidate.group(0)))
                break
        if not form or "_csrf" not in hidden:
            self.stats.page_refused(operation, f"no form posting to {path} on {csrf_from}")
            return None
        start = time.perf_counter()
        status, location, data = self._send("POST", path, urlencode({**hidden, **fields}).encode(),
                                            {"Content-Type": "application/x-www-form-urlencoded", "Accept": "text/html"})
        self.stats.record(operation, status, (time.perf_counter() - start) * 1000, (302,), None, data)
        return location if status == 302 else None

    def sign_in(self):
        """The login form: a redirect anywhere but back to /login?error means signed in."""
        self.cookies.clear()
        status, html = self.page("sign in (page)", "/login")
        token = CSRF.search(html)
        start = time.perf_counter()
        status, location, data = self._send(
            "POST", "/login", urlencode({"username": self.username, "password": self.password,
                                         "_csrf": token.group(1) if token else ""}).encode(),
            {"Content-Type": "application/x-www-form-urlencoded"})
        self.stats.record("sign in", status, (time.perf_counter() - start) * 1000, (302,), None, data)
        if status == 302 and location and "error" in location:
            self.stats.page_refused("sign in", f"{self.username} was sent back to {location}")
            return False
        return status == 302

    def get_json(self, path):
        """A read outside the counted load (the report's own look-ups); returns the parsed body or None."""
        status, _, data = self._send("GET", path, headers={"Accept": "application/json"})
        return json.loads(data) if status == 200 else None


class Soak:
    def __init__(self, args):
        self.args = args
        self.stats = Stats()
        self.deadline = time.monotonic() + args.minutes * 60
        self.nhs = random.randint(0, 60_000)  # five digits after 9997: room for thousands of patients
        self.nhs_lock = threading.Lock()
        self.offered_to_sw = deque()        # (delegation id, patient id) for the ward actor to accept on the page
        self.to_countersign = deque()       # (record id, delegation id) signed by hca.demo
        self.enrolled_episodes = deque()    # (patient id, episode id) on pt.demo's caseload, for group classes
        self.registers = deque()            # (session id, [patient ids], class id) for sw.demo to take
        self.to_end = deque()               # delegations sw.demo accepted, for pt.demo to end (keeps My day short)
        self.ids = {}

    # ---- helpers -----------------------------------------------------------------------------------------------------

    @property
    def today(self):
        return date.today()

    def running(self):
        return time.monotonic() < self.deadline

    def think(self):
        time.sleep(random.uniform(self.args.think * 0.4, self.args.think * 1.6))

    def next_nhs_number(self):
        """A valid NHS number (Modulus 11) in the 999 test range that no earlier call returned."""
        while True:
            with self.nhs_lock:
                self.nhs += 1
                digits = f"9997{self.nhs:05d}"
            total = sum(int(d) * (10 - i) for i, d in enumerate(digits))
            check = 11 - total % 11
            if check == 11:
                check = 0
            if check != 10:
                return digits + str(check)

    def me(self, client):
        status, me = client.call("me", "GET", "/api/v1/me")
        if status != 200:
            raise SystemExit(f"{client.username} cannot sign in to the API ({status}); is the demo profile on?")
        return me["staff"]

    def new_patient(self, client, team_id, setting, operation_prefix):
        status, patient = client.call(operation_prefix + " add patient", "POST", "/api/v1/patients", {
            "nhsNumber": self.next_nhs_number(), "givenName": "Soak", "familyName": f"Patient{random.randint(1, 99999)}",
            "dateOfBirth": "1944-02-03", "address": "3 Mill Lane, Northgate", "postcode": "NG2 3CD"}, expect=(201,))
        if status != 201:
            return None
        status, episode = client.call(operation_prefix + " open episode", "POST", f"/api/v1/patients/{patient['id']}/episodes", {
            "referralReason": "Falls at home", "category": "NEUROLOGICAL", "setting": setting,
            "location": "Home" if setting == "COMMUNITY" else "Ward 7, bay 2", "teamId": team_id}, expect=(201,))
        return (patient["id"], episode["id"]) if status == 201 else None

    def delegation_body(self, patient, episode, worker):
        return {"patientId": patient, "episodeId": episode, "taskType": "EXERCISE_PROGRAMME", "workerId": worker,
                "instructions": "Sit to stand x 8, three sets", "frequency": "DAILY", "timeOfDay": "MORNING",
                "startsOn": str(self.today), "endsOn": str(self.today + timedelta(weeks=2)),
                "escalationCriteria": "Stop if dizzy or chest pain", "patientRisks": "Falls", "consent": "GIVEN",
                "supervision": "REMOTE", "contactInstructions": "Bleep 4412", "reviewOn": str(self.today + timedelta(weeks=1)),
                "checkBestInterest": True, "checkWithinRole": True, "checkAppropriateNow": True, "checkConsent": True,
                "checkCompetentAndConfident": True, "checkCanReportBack": True}

    # ---- actors ------------------------------------------------------------------------------------------------------

    def therapist(self):
        pt = Client(self.args.base_url, self.stats, "pt.demo")
        me = self.me(pt)
        patients = []
        cycle = 0
        while self.running():
            cycle += 1
            if not patients or cycle % 8 == 0:
                made = self.new_patient(pt, me["teamId"], "WARD", "therapist")
                if made:
                    patients.append(made)
                    self.enrolled_episodes.append(made)
                    patients = patients[-6:]
            if not patients:
                self.think()
                continue
            patient, episode = random.choice(patients)
            self.think()
            worker = self.ids["sw"] if cycle % 4 == 0 else self.ids["hca"]
            status, delegation = pt.call("delegate", "POST", "/api/v1/delegations",
                                         self.delegation_body(patient, episode, worker), expect=(201,))
            if status == 201 and worker == self.ids["sw"]:
                self.offered_to_sw.append((delegation["id"], patient))
            self.think()
            pt.call("inbox", "GET", "/api/v1/inbox")
            self.think()
            pt.call("patient", "GET", f"/api/v1/patients/{patient}")
            self.think()
            pt.call("patient timeline", "GET", f"/api/v1/patients/{patient}/timeline")
            if cycle % 3 == 0:
                self.think()
                items = [random.randint(2, 4) for _ in range(14)]
                pt.call("record measure (Berg)", "POST", f"/api/v1/patients/{patient}/measure-results",
                        {"measureKey": "BERG", "effectiveOn": str(self.today), "items": items}, expect=(201,))
                self.think()
                pt.call("measure results", "GET", f"/api/v1/patients/{patient}/measure-results")
            while self.to_countersign and self.running():
                record, delegation_id = self.to_countersign.popleft()
                self.think()
                pt.call("countersign", "POST", f"/api/v1/session-records/{record}/countersign", {"note": "Reviewed"})
                if random.random() < 0.2:
                    self.think()
                    pt.call("countersign again (expected 409)", "POST", f"/api/v1/session-records/{record}/countersign",
                            {}, expect=(409,), code="record.already-countersigned")
                self.think()
                pt.call("end delegation", "POST", f"/api/v1/delegations/{delegation_id}/review",
                        {"outcome": "END", "note": "Goal met"})
            while self.to_end and self.running():
                self.think()
                pt.call("end delegation", "POST", f"/api/v1/delegations/{self.to_end.popleft()}/review",
                        {"outcome": "END", "note": "Goal met"})
            if cycle % 10 == 0:
                self.group_class(pt, me)

    def group_class(self, pt, me):
        """A one-session class today, two patients enrolled (one twice, on purpose), handed to sw.demo to take."""
        episodes = list(self.enrolled_episodes)[-2:]
        if len(episodes) < 2:
            return
        self.think()
        status, created = pt.call("add group class", "POST", "/api/v1/group-classes", {
            "teamId": me["teamId"], "name": f"Soak strength and balance {uuid.uuid4().hex[:6]}", "type": "PULMONARY_REHAB",
            "capacity": 8, "leaderStage": "SENIOR_SUPPORT_WORKER", "defaultExercises": ["Sit to stand", "Heel raises"],
            "venue": "Outpatient gym", "dayOfWeek": self.today.strftime("%A").upper(), "startTime": "13:30",
            "durationMinutes": 60}, expect=(201,))
        if status != 201:
            return
        self.think()
        status, sessions = pt.call("schedule group session", "POST", f"/api/v1/group-classes/{created['id']}/sessions",
                                   {"firstDate": str(self.today), "weeks": 1, "leaderId": self.ids["sw"]}, expect=(201,))
        if status != 201:
            return
        for patient, episode in episodes:
            self.think()
            pt.call("enrol", "POST", f"/api/v1/group-classes/{created['id']}/enrolments", {"episodeId": episode},
                    expect=(201,))
        self.think()
        pt.call("enrol again (expected 409)", "POST", f"/api/v1/group-classes/{created['id']}/enrolments",
                {"episodeId": episodes[0][1]}, expect=(409,), code="group.already-enrolled")
        self.registers.append((sessions[0]["id"], [p for p, _ in episodes], created["id"]))

    def support_worker(self):
        hca = Client(self.args.base_url, self.stats, "hca.demo")
        recorded = set()
        while self.running():
            self.think()
            status, day = hca.call("my day", "GET", "/api/v1/my-day")
            if status != 200:
                continue
            for offer in day["toAnswer"][:2]:
                self.think()
                hca.call("accept", "POST", f"/api/v1/delegations/{offer['id']}/accept")
                if random.random() < 0.2:
                    self.think()
                    hca.call("accept again (expected 409)", "POST", f"/api/v1/delegations/{offer['id']}/accept",
                             expect=(409,), code="delegation.state-changed")
            for task in day["due"]:
                if task["id"] in recorded or task.get("status") != "ACCEPTED" or not self.running():
                    continue
                recorded.add(task["id"])
                self.think()
                status, record = hca.call("record session", "POST", "/api/v1/session-records", {
                    "delegationId": task["id"], "performedOn": str(self.today),
                    "activities": [{"activity": "Sit to stand", "setsDone": 3, "repetitionsDone": 8}],
                    "patientResponse": "Tolerated well", "painBefore": 2, "painAfter": 2}, expect=(201,))
                if status != 201:
                    continue
                self.think()
                hca.call("sign record", "POST", f"/api/v1/session-records/{record['id']}/sign")
                if random.random() < 0.2:
                    self.think()
                    hca.call("sign again (expected 409)", "POST", f"/api/v1/session-records/{record['id']}/sign",
                             expect=(409,), code="record.already-signed")
                self.to_countersign.append((record["id"], task["id"]))
                break
            self.think()
            hca.call("my escalations", "GET", "/api/v1/escalations/mine")

    def equipment(self):
        ot = Client(self.args.base_url, self.stats, "ot.demo")
        me = self.me(ot)
        status, stores = ot.call("stores", "GET", "/api/v1/equipment/stores")
        store = next(s["id"] for s in stores if s["name"] == "Northgate community base")
        # The asset register is kept by equipment leads and team leads (the declared policy), not every therapist.
        lead = Client(self.args.base_url, self.stats, "lead.demo")
        status, wheelchair = lead.call("add asset", "POST", "/api/v1/equipment/assets", {
            "itemCode": "WHEELCHAIR", "storeId": store, "label": f"WCH-S{random.randint(1000, 9999)}",
            "serialNumber": "SOAK-1"}, expect=(201,))
        patients, loans = [], deque()
        cycle = 0
        while self.running():
            cycle += 1
            if not patients or cycle % 10 == 0:
                made = self.new_patient(ot, me["teamId"], "COMMUNITY", "equipment")
                if made:
                    patients = (patients + [made])[-5:]
            if not patients:
                self.think()
                continue
            patient = random.choice(patients)[0]
            self.think()
            status, stock = ot.call("store stock", "GET", f"/api/v1/equipment/stores/{store}/stock")
            frames = next((line for line in stock or [] if line["item"]["code"] == "WALKING_FRAME"), None)
            if frames is not None and frames.get("available", 0) < 4:
                self.think()
                ot.call("receive stock", "POST", "/api/v1/equipment/movements", {
                    "kind": "RECEIVE", "storeId": store, "itemCode": "WALKING_FRAME", "quantity": 5,
                    "reason": "Delivery"}, expect=(204,))
            self.think()
            status, loan = ot.call("lend frame", "POST", "/api/v1/equipment/loans", {
                "patientId": patient, "storeId": store, "itemCode": "WALKING_FRAME", "quantity": 1,
                "adjustments": "Height 82 cm", "instructions": "Step into the frame",
                "expectedReturnOn": str(self.today + timedelta(weeks=4))}, expect=(201,))
            if status == 201:
                loans.append(loan["id"])
            self.think()
            ot.call("patient loans", "GET", f"/api/v1/equipment/loans?patientId={patient}")
            if len(loans) > 2:
                returned = loans.popleft()
                self.think()
                ot.call("return frame", "POST", f"/api/v1/equipment/loans/{returned}/return", {"note": "Collected"})
                if random.random() < 0.2:
                    self.think()
                    ot.call("return again (expected 409)", "POST", f"/api/v1/equipment/loans/{returned}/return", {},
                            expect=(409,), code="equipment.loan-already-returned")
                self.think()
                ot.call("clean returned frame", "POST", "/api/v1/equipment/movements", {
                    "kind": "CLEANED", "storeId": store, "itemCode": "WALKING_FRAME", "quantity": 1,
                    "reason": "Cleaned"}, expect=(204,))
            if wheelchair and cycle % 3 == 0:
                self.wheelchair_round(ot, store, wheelchair["id"], patient)
            self.think()
            ot.call("inspections due", "GET", f"/api/v1/equipment/inspections?storeId={store}")
            self.think()
            ot.call("store movements", "GET", f"/api/v1/equipment/stores/{store}/movements?size=25")

    def wheelchair_round(self, ot, store, asset, patient):
        self.think()
        status, loan = ot.call("lend wheelchair", "POST", "/api/v1/equipment/loans", {
            "patientId": patient, "storeId": store, "itemCode": "WHEELCHAIR", "assetId": asset, "quantity": 1,
            "instructions": "Brakes on for transfers", "expectedReturnOn": str(self.today + timedelta(weeks=2))},
            expect=(201,))
        if status != 201:
            return
        self.think()
        ot.call("return wheelchair", "POST", f"/api/v1/equipment/loans/{loan['id']}/return", {"note": "Collected"})
        self.think()
        ot.call("clean wheelchair", "POST", f"/api/v1/equipment/assets/{asset}/cleaned",
                {"method": "Detergent wipe, then chlorine 1,000 ppm"})
        self.think()
        ot.call("asset", "GET", f"/api/v1/equipment/assets/{asset}")

    def ward(self):
        sw = Client(self.args.base_url, self.stats, "sw.demo")
        sw_api = Client(self.args.base_url, self.stats, "sw.demo")
        if not sw.sign_in():
            raise SystemExit("sw.demo cannot sign in to the pages")
        status, stores = sw_api.call("stores", "GET", "/api/v1/equipment/stores")
        store = next(s["id"] for s in stores if s["name"] == "Ward 7 therapy store")
        pages = ["/my-day", "/equipment", f"/equipment/stores/{store}", "/groups", "/pulse", "/equipment/inspections"]
        while self.running():
            for path in random.sample(pages, 3):
                self.think()
                sw.page("page " + re.sub(r"[0-9a-f-]{36}", "{id}", path), path)
            if self.offered_to_sw:
                delegation, patient = self.offered_to_sw.popleft()
                self.think()
                location = sw.form("accept on the page", f"/delegations/{delegation}/accept", {}, f"/delegations/{delegation}")
                if location:
                    self.check_banner(sw, "accept on the page", location, "You accepted the task")
                    self.to_end.append(delegation)
                self.think()
                sw.page("page /patients/{id}", f"/patients/{patient}")
            if random.random() < 0.3:
                self.think()
                location = sw.form("record stock on the page", f"/equipment/stores/{store}/movements", {
                    "kind": "RECEIVE", "itemCode": "PRESSURE_CUSHION", "quantity": "1", "reason": "Found on ward"},
                                   f"/equipment/stores/{store}")
                if location:
                    self.check_banner(sw, "record stock on the page", location, "Recorded in the stock ledger")
            if self.registers:
                self.take_register(sw_api, *self.registers.popleft())

    def check_banner(self, client, operation, location, banner):
        """A form's redirect lands on a page that says it worked; a problem banner there is a refusal."""
        parts = urlsplit(location)
        path = parts.path + ("?" + parts.query if parts.query else "")
        status, html = client.page(operation + " (result page)", path)
        if status == 200 and banner not in html:
            problem = re.search(r'data-testid="problem">([^<]*)<', html)
            self.stats.page_refused(operation, problem.group(1) if problem else "no success banner on " + path)

    def take_register(self, sw_api, session, patients, class_id):
        self.think()
        sw_api.call("group register", "GET", f"/api/v1/group-sessions/{session}/register")
        body = {"groupNote": "Good session", "lines": [{"patientId": p, "outcome": "ATTENDED", "note": "Managed well"}
                                                        for p in patients]}
        self.think()
        sw_api.call("take register", "POST", f"/api/v1/group-sessions/{session}/register", body, expect=(201,))
        self.think()
        sw_api.call("take register again (expected 409)", "POST", f"/api/v1/group-sessions/{session}/register", body,
                    expect=(409,), code="group.register-signed")
        pt = Client(self.args.base_url, self.stats, "pt.demo")
        status, enrolments = pt.call("enrolments", "GET", f"/api/v1/group-classes/{class_id}/enrolments")
        if status == 200 and enrolments:
            first = enrolments[0]
            self.think()
            pt.call("withdraw with a stale version (expected 409)", "POST", f"/api/v1/group-enrolments/{first['id']}/withdraw",
                    {"reason": "Moved away", "version": first["version"] + 7}, expect=(409,), code="group.enrolment-changed")
            self.think()
            pt.call("withdraw", "POST", f"/api/v1/group-enrolments/{first['id']}/withdraw",
                    {"reason": "Moved away", "version": first["version"]})

    def lead(self):
        lead = Client(self.args.base_url, self.stats, "lead.demo")
        if not lead.sign_in():
            raise SystemExit("lead.demo cannot sign in to the pages")
        pages = ["/team", "/reports/contributions", "/equipment/inspections", "/equipment/faults", "/staff", "/inbox",
                 "/reports/training-needs", "/induction", "/rotations", "/equipment"]
        while self.running():
            self.think()
            path = random.choice(pages)
            lead.page("page " + path, path)
            self.think()

    # ---- run and report ----------------------------------------------------------------------------------------------

    def connections_created(self):
        """How many database connections the pool has opened so far (each retirement opens a new one)."""
        admin = Client(self.args.base_url, Stats(), "lead.demo")
        if not admin.sign_in():
            return None
        metric = admin.get_json("/actuator/metrics/hikaricp.connections.creation")
        if metric is None:
            return None
        return int(next(m["value"] for m in metric["measurements"] if m["statistic"] == "COUNT"))

    def run(self):
        setup = Client(self.args.base_url, self.stats, "pt.demo")
        self.ids["hca"] = self.me(Client(self.args.base_url, self.stats, "hca.demo"))["id"]
        self.ids["sw"] = self.me(Client(self.args.base_url, self.stats, "sw.demo"))["id"]
        self.me(setup)
        connections_before = self.connections_created()
        actors = [threading.Thread(target=self.guard(actor), name=actor.__name__, daemon=True)
                  for actor in (self.therapist, self.support_worker, self.equipment, self.ward, self.lead)]
        for actor in actors:
            actor.start()
        next_progress = time.monotonic() + self.args.progress
        while any(a.is_alive() for a in actors):
            time.sleep(1)
            if time.monotonic() >= next_progress:
                next_progress += self.args.progress
                s = self.stats
                print(f"{time.strftime('%H:%M:%S')} {s.total()} requests; 5xx {s.server_errors}, unexpected 409 "
                      f"{s.unexpected_409}, other unexpected {s.unexpected_other}, transport {s.transport_errors}",
                      flush=True)
        return connections_before, self.connections_created()

    def guard(self, actor):
        def run():
            try:
                actor()
            except Exception as e:  # an actor that dies stops its share of the load: say so loudly
                with self.stats.lock:
                    self.stats.unexpected_other += 1
                    self.stats.samples.append(f"actor {actor.__name__} stopped: {e!r}")
        return run


def machine():
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            model = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    memory = ""
    try:
        with open("/proc/meminfo") as f:
            memory = f", {int(f.readline().split()[1]) // 1024 // 1024} GB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return f"{os.cpu_count()} cores ({model}){memory}, {platform.system()} {platform.release()}"


def app_log_facts(path):
    errors, closed, java = 0, 0, "?"
    if path and os.path.exists(path):
        with open(path, errors="replace") as log:
            for line in log:
                if " ERROR " in line:
                    errors += 1
                if "has been closed" in line:
                    closed += 1
                found = re.search(r"using Java (\S+)", line)
                if found:
                    java = found.group(1)
    return errors, closed, java


def data_size(directory):
    total = 0
    for root, _, files in os.walk(directory or "."):
        total += sum(os.path.getsize(os.path.join(root, f)) for f in files)
    return total


def report(soak, args, minutes, connections):
    s = soak.stats
    every = [ms for values in s.latencies.values() for ms in values]
    errors, closed, java = app_log_facts(args.app_log)
    before, after = connections
    lines = [
        "## Soak on H2",
        "",
        f"`benchmark/soak.sh` on {time.strftime('%Y-%m-%d')}: {minutes:.0f} minutes of mixed use from outside the app's JVM "
        f"(5 actors: API and signed-in pages with CSRF), against the jar on a fresh embedded H2 database "
        f"(demo profile, `spring.datasource.hikari.max-lifetime={args.max_lifetime}` ms so every pooled connection is "
        f"retired and replaced about every {args.max_lifetime / 1000:.0f} s).",
        "",
        "| | |",
        "| --- | --- |",
        f"| machine | {machine()}, Java {java}, shared with other builds |",
        f"| duration | {minutes:.1f} min |",
        f"| requests | {s.total()} ({s.total() / max(minutes * 60, 1):.1f} per second) |",
        f"| by status | {', '.join(f'{k}: {v}' for k, v in sorted(s.by_status.items()))} |",
        f"| **5xx** | **{s.server_errors}** |",
        f"| **unexpected 409** | **{s.unexpected_409}** |",
        f"| expected 409 (provoked on purpose) | {sum(s.expected_409.values())}: "
        f"{', '.join(f'{k} {v}' for k, v in sorted(s.expected_409.items())) or 'none'} |",
        f"| other unexpected statuses / transport errors | {s.unexpected_other} / {s.transport_errors} |",
        f"| latency p50 / p99 / max | {percentile(every, 50):.0f} / {percentile(every, 99):.0f} / "
        f"{max(every, default=0):.0f} ms |",
        f"| database connections opened by the pool | "
        f"{'n/a' if before is None or after is None else f'{after - before} during the run ({after} in all)'} |",
        f"| data size at the end | {data_size(args.data_dir) / 1024 / 1024:.1f} MB (`./data`) |",
        f"| app log | {errors} ERROR lines, {closed} mentioning \"has been closed\" |",
        "",
        "Slowest operations (p99):",
        "",
        "| operation | requests | p50 ms | p99 ms |",
        "| --- | --- | --- | --- |",
    ]
    slowest = sorted(s.latencies.items(), key=lambda item: percentile(item[1], 99), reverse=True)[:8]
    lines += [f"| {name} | {len(values)} | {percentile(values, 50):.0f} | {percentile(values, 99):.0f} |"
              for name, values in slowest]
    lines += ["", "<details><summary>Every operation by status</summary>", "",
              "| operation | statuses | p50 ms | p99 ms |", "| --- | --- | --- | --- |"]
    lines += [f"| {name} | {', '.join(f'{k}: {v}' for k, v in sorted(s.by_operation[name].items()))} | "
              f"{percentile(values, 50):.0f} | {percentile(values, 99):.0f} |" for name, values in sorted(s.latencies.items())]
    lines += ["", "</details>"]
    if s.samples:
        lines += ["", "Unexpected responses (first 40):", "", "```"] + s.samples + ["```"]
        windows = ", ".join(f"{w * 5}-{w * 5 + 5} min: {n}" for w, n in sorted(s.window_failures.items()))
        lines += ["", f"Failures by 5-minute window: {windows}"]
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base-url", default="http://localhost:18480")
    parser.add_argument("--minutes", type=float, default=120)
    parser.add_argument("--think", type=float, default=1.5, help="mean seconds each actor waits between requests")
    parser.add_argument("--progress", type=float, default=float(os.environ.get("SOAK_PROGRESS", 300)), help="seconds between progress lines")
    parser.add_argument("--max-lifetime", type=int, default=30000, help="the pool's max-lifetime the app was started with")
    parser.add_argument("--app-log", help="the app's log, scanned for ERROR lines at the end")
    parser.add_argument("--data-dir", help="the app's ./data directory, for its size")
    parser.add_argument("--report", help="write the report (Markdown) here as well as to standard output")
    args = parser.parse_args()
    soak = Soak(args)
    started = time.monotonic()
    connections = soak.run()
    lines = report(soak, args, (time.monotonic() - started) / 60, connections)
    print("\n".join(lines))
    if args.report:
        with open(args.report, "w") as out:
            out.write("\n".join(lines) + "\n")
    s = soak.stats
    if s.server_errors or s.unexpected_409 or s.transport_errors:
        return 1
    return 2 if s.unexpected_other else 0


if __name__ == "__main__":
    raise SystemExit(main())
