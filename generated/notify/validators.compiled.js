/*
 * GENERATED FILE — DO NOT EDIT. Regenerate with `npx omaspec generate` (`npx omaspec check` detects drift).
 * Sources:
 *   spec/schemas/index.json
 *   spec/schemas/notify/notificationSubmitReq.schema.json
 *   spec/schemas/notify/notificationSubmitRes.schema.json
 */
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);

export const ajvCheckNotificationSubmitReq = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://omaspec.dev/schemas/notify/notificationSubmitReq.schema.json","title":"notificationSubmitReq","description":"Notification submission request.","x-omaspec":{"interface":"notify","name":"notificationSubmitReq","id":"notificationSubmitReq","typeName":"NotificationSubmitReq","envelope":"http","kind":"request","direction":"clientToServer","source":{"cr":"extensions/notifications.yaml","section":"extension:notifications","line":23},"response":"notificationSubmitRes","mediaType":"application/json","provisional":true},"type":"object","properties":{"clientAppToken":{"title":"clientAppToken","description":"The Client Application Token the notification is addressed to; every instance registered with it receives the notification.","type":"string","minLength":1,"maxLength":512,"x-omaspec-source":{"cr":"extensions/notifications.yaml","section":"extension:notifications","line":34}},"payload":{"title":"payload","description":"The notification content, opaque to the AOI Enabler and passed to the Client Application unchanged.","type":"object","x-omaspec-source":{"cr":"extensions/notifications.yaml","section":"extension:notifications","line":38}},"priority":{"title":"priority","description":"0 (lowest) to 9 (highest); 5 when absent.","type":"integer","minimum":0,"maximum":9,"x-omaspec-source":{"cr":"extensions/notifications.yaml","section":"extension:notifications","line":42}},"ttl":{"title":"ttl","description":"Seconds the notification may wait for an offline AOI Client before it is dropped; the server's default when absent.","type":"integer","minimum":0,"maximum":2592000,"x-omaspec-source":{"cr":"extensions/notifications.yaml","section":"extension:notifications","line":45}},"idempotencyKey":{"title":"idempotencyKey","description":"A key the submitter chooses; a second submission with the same key returns the first one's notification id instead of sending again.","type":"string","minLength":1,"maxLength":128,"x-omaspec-source":{"cr":"extensions/notifications.yaml","section":"extension:notifications","line":48}}},"required":["clientAppToken","payload"],"additionalProperties":false};
const func2 = require("ajv/dist/runtime/ucs2length").default;

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://omaspec.dev/schemas/notify/notificationSubmitReq.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.clientAppToken === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "clientAppToken"},message:"must have required property '"+"clientAppToken"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.payload === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "payload"},message:"must have required property '"+"payload"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "clientAppToken") || (key0 === "payload")) || (key0 === "priority")) || (key0 === "ttl")) || (key0 === "idempotencyKey"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.clientAppToken !== undefined){
let data0 = data.clientAppToken;
if(typeof data0 === "string"){
if(func2(data0) > 512){
const err3 = {instancePath:instancePath+"/clientAppToken",schemaPath:"#/properties/clientAppToken/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func2(data0) < 1){
const err4 = {instancePath:instancePath+"/clientAppToken",schemaPath:"#/properties/clientAppToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/clientAppToken",schemaPath:"#/properties/clientAppToken/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.payload !== undefined){
let data1 = data.payload;
if(!(data1 && typeof data1 == "object" && !Array.isArray(data1))){
const err6 = {instancePath:instancePath+"/payload",schemaPath:"#/properties/payload/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.priority !== undefined){
let data2 = data.priority;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err7 = {instancePath:instancePath+"/priority",schemaPath:"#/properties/priority/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 9 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/priority",schemaPath:"#/properties/priority/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9},message:"must be <= 9"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/priority",schemaPath:"#/properties/priority/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.ttl !== undefined){
let data3 = data.ttl;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err10 = {instancePath:instancePath+"/ttl",schemaPath:"#/properties/ttl/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 2592000 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/ttl",schemaPath:"#/properties/ttl/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2592000},message:"must be <= 2592000"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err12 = {instancePath:instancePath+"/ttl",schemaPath:"#/properties/ttl/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.idempotencyKey !== undefined){
let data4 = data.idempotencyKey;
if(typeof data4 === "string"){
if(func2(data4) > 128){
const err13 = {instancePath:instancePath+"/idempotencyKey",schemaPath:"#/properties/idempotencyKey/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(func2(data4) < 1){
const err14 = {instancePath:instancePath+"/idempotencyKey",schemaPath:"#/properties/idempotencyKey/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/idempotencyKey",schemaPath:"#/properties/idempotencyKey/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

export const ajvCheckNotificationSubmitRes = validate11;
const schema12 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://omaspec.dev/schemas/notify/notificationSubmitRes.schema.json","title":"notificationSubmitRes","description":"Notification submission response.","x-omaspec":{"interface":"notify","name":"notificationSubmitRes","id":"notificationSubmitRes","typeName":"NotificationSubmitRes","envelope":"http","kind":"response","direction":"serverToClient","source":{"cr":"extensions/notifications.yaml","section":"extension:notifications","line":56},"responseTo":"notificationSubmitReq","mediaType":"application/json","provisional":true},"oneOf":[{"title":"notificationSubmitResSuccess","description":"Notification accepted.","type":"object","properties":{"code":{"title":"code","description":"202, accepted for delivery.","type":"integer","const":202,"x-omaspec-source":{"cr":"extensions/notifications.yaml","section":"extension:notifications","line":68}},"desc":{"title":"desc","description":"Textual description of the outcome.","type":"string","x-omaspec-source":{"cr":"extensions/notifications.yaml","section":"extension:notifications","line":72}},"notificationId":{"title":"notificationId","description":"The id the AOI Server gave the notification; deliveries carry it, and duplicates are suppressed by it.","type":"string","minLength":1,"x-omaspec-source":{"cr":"extensions/notifications.yaml","section":"extension:notifications","line":76}}},"required":["code","desc","notificationId"],"additionalProperties":false},{"title":"notificationSubmitResError","description":"Notification refused.","type":"object","properties":{"code":{"title":"code","description":"400 bad request, 401 unknown or missing key, 404 no Client Application registered with the token, 413 payload too large, 429 too many submissions, 503 unavailable.","type":"integer","enum":[400,401,404,413,429,503],"x-omaspec-source":{"cr":"extensions/notifications.yaml","section":"extension:notifications","line":83}},"desc":{"title":"desc","description":"Textual description of the outcome.","type":"string","x-omaspec-source":{"cr":"extensions/notifications.yaml","section":"extension:notifications","line":87}}},"required":["code","desc"],"additionalProperties":false}]};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://omaspec.dev/schemas/notify/notificationSubmitRes.schema.json" */;
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.code === undefined){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.desc === undefined){
const err1 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "desc"},message:"must have required property '"+"desc"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.notificationId === undefined){
const err2 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "notificationId"},message:"must have required property '"+"notificationId"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "code") || (key0 === "desc")) || (key0 === "notificationId"))){
const err3 = {instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.code !== undefined){
let data0 = data.code;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err4 = {instancePath:instancePath+"/code",schemaPath:"#/oneOf/0/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(202 !== data0){
const err5 = {instancePath:instancePath+"/code",schemaPath:"#/oneOf/0/properties/code/const",keyword:"const",params:{allowedValue: 202},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.desc !== undefined){
if(typeof data.desc !== "string"){
const err6 = {instancePath:instancePath+"/desc",schemaPath:"#/oneOf/0/properties/desc/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.notificationId !== undefined){
let data2 = data.notificationId;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err7 = {instancePath:instancePath+"/notificationId",schemaPath:"#/oneOf/0/properties/notificationId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/notificationId",schemaPath:"#/oneOf/0/properties/notificationId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs10 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.code === undefined){
const err10 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.desc === undefined){
const err11 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "desc"},message:"must have required property '"+"desc"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key1 in data){
if(!((key1 === "code") || (key1 === "desc"))){
const err12 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.code !== undefined){
let data3 = data.code;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err13 = {instancePath:instancePath+"/code",schemaPath:"#/oneOf/1/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!((((((data3 === 400) || (data3 === 401)) || (data3 === 404)) || (data3 === 413)) || (data3 === 429)) || (data3 === 503))){
const err14 = {instancePath:instancePath+"/code",schemaPath:"#/oneOf/1/properties/code/enum",keyword:"enum",params:{allowedValues: schema12.oneOf[1].properties.code.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.desc !== undefined){
if(typeof data.desc !== "string"){
const err15 = {instancePath:instancePath+"/desc",schemaPath:"#/oneOf/1/properties/desc/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid0 = _errs10 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err17 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate11.errors = vErrors;
return errors === 0;
}

const $accepted = Symbol('accepted');

function $closestBranch(issues, marks) {
  const inBranches = marks[marks.length - 1] - marks[0];
  if (inBranches === 0 || issues.length - inBranches !== 1) return issues;
  let from = -1;
  let to = -1;
  for (let i = 0; i + 1 < marks.length; i++) {
    const count = marks[i + 1] - marks[i];
    if (count > 0 && (from < 0 || count < to - from)) [from, to] = [marks[i], marks[i + 1]];
  }
  return issues.slice(from, to);
}

const $m0_source2 = {"cr":"extensions/notifications.yaml","section":"extension:notifications","line":34};
const $m0_source4 = {"cr":"extensions/notifications.yaml","section":"extension:notifications","line":38};
const $m0_source7 = {"cr":"extensions/notifications.yaml","section":"extension:notifications","line":23};
const $m0_ucs2length8 = require('ajv/dist/runtime/ucs2length').default;
const $m0_source10 = {"cr":"extensions/notifications.yaml","section":"extension:notifications","line":42};
const $m0_source12 = {"cr":"extensions/notifications.yaml","section":"extension:notifications","line":45};
const $m0_source14 = {"cr":"extensions/notifications.yaml","section":"extension:notifications","line":48};
function $m0_check($m0_data0) {
const $m0_issues1 = [];
if ((typeof $m0_data0 === 'object' && $m0_data0 !== null && !Array.isArray($m0_data0))) {
const $m0_v3 = $m0_data0["clientAppToken"];
if ($m0_v3 === undefined) $m0_issues1.push({ path: "/clientAppToken", rule: "required", message: "must have required property 'clientAppToken'", source: $m0_source2 });
const $m0_v5 = $m0_data0["payload"];
if ($m0_v5 === undefined) $m0_issues1.push({ path: "/payload", rule: "required", message: "must have required property 'payload'", source: $m0_source4 });
for (const $m0_key6 in $m0_data0) if ($m0_key6 !== "clientAppToken" && $m0_key6 !== "payload" && $m0_key6 !== "priority" && $m0_key6 !== "ttl" && $m0_key6 !== "idempotencyKey") $m0_issues1.push({ path: "/" + $m0_key6, rule: "additionalProperties", message: "unknown property '" + $m0_key6 + "'", source: $m0_source7 });
if ($m0_v3 !== undefined) {
if (typeof $m0_v3 === 'string') {
if ($m0_v3.length > 512 && ($m0_v3.length > 1024 || $m0_ucs2length8($m0_v3) > 512)) $m0_issues1.push({ path: "/clientAppToken", rule: "maxLength", message: "must NOT have more than 512 characters", source: $m0_source2 });
if ($m0_v3.length < 1) $m0_issues1.push({ path: "/clientAppToken", rule: "minLength", message: "must NOT have fewer than 1 characters", source: $m0_source2 });
} else $m0_issues1.push({ path: "/clientAppToken", rule: "type", message: "must be string", source: $m0_source2 });
}
if ($m0_v5 !== undefined) {
if (!((typeof $m0_v5 === 'object' && $m0_v5 !== null && !Array.isArray($m0_v5)))) $m0_issues1.push({ path: "/payload", rule: "type", message: "must be object", source: $m0_source4 });
}
const $m0_v9 = $m0_data0["priority"];
if ($m0_v9 !== undefined) {
if (!(Number.isInteger($m0_v9))) $m0_issues1.push({ path: "/priority", rule: "type", message: "must be integer", source: $m0_source10 });
if (typeof $m0_v9 === 'number' && isFinite($m0_v9)) {
if ($m0_v9 > 9) $m0_issues1.push({ path: "/priority", rule: "maximum", message: "must be <= 9", source: $m0_source10 });
if ($m0_v9 < 0) $m0_issues1.push({ path: "/priority", rule: "minimum", message: "must be >= 0", source: $m0_source10 });
}
}
const $m0_v11 = $m0_data0["ttl"];
if ($m0_v11 !== undefined) {
if (!(Number.isInteger($m0_v11))) $m0_issues1.push({ path: "/ttl", rule: "type", message: "must be integer", source: $m0_source12 });
if (typeof $m0_v11 === 'number' && isFinite($m0_v11)) {
if ($m0_v11 > 2592000) $m0_issues1.push({ path: "/ttl", rule: "maximum", message: "must be <= 2592000", source: $m0_source12 });
if ($m0_v11 < 0) $m0_issues1.push({ path: "/ttl", rule: "minimum", message: "must be >= 0", source: $m0_source12 });
}
}
const $m0_v13 = $m0_data0["idempotencyKey"];
if ($m0_v13 !== undefined) {
if (typeof $m0_v13 === 'string') {
if ($m0_v13.length > 128 && ($m0_v13.length > 256 || $m0_ucs2length8($m0_v13) > 128)) $m0_issues1.push({ path: "/idempotencyKey", rule: "maxLength", message: "must NOT have more than 128 characters", source: $m0_source14 });
if ($m0_v13.length < 1) $m0_issues1.push({ path: "/idempotencyKey", rule: "minLength", message: "must NOT have fewer than 1 characters", source: $m0_source14 });
} else $m0_issues1.push({ path: "/idempotencyKey", rule: "type", message: "must be string", source: $m0_source14 });
}
} else $m0_issues1.push({ path: "", rule: "type", message: "must be object", source: $m0_source7 });
if ($m0_issues1.length === 0) return null;
return $m0_issues1;
}
let $m0_rejected = $accepted;
/** The issues validate… reports (null when valid), as toIssues makes them of ajv's errors. */
export function issuesNotificationSubmitReq(data) {
  const issues = $m0_check(data);
  $m0_rejected = issues === null ? $accepted : data;
  return issues;
}
export const checkNotificationSubmitReq = function checkNotificationSubmitReq(data) {
  return issuesNotificationSubmitReq(data) === null;
};
Object.defineProperty(checkNotificationSubmitReq, 'errors', {
  get: () => ($m0_rejected === $accepted || ajvCheckNotificationSubmitReq($m0_rejected) ? null : ajvCheckNotificationSubmitReq.errors),
});

function $m1_check7($m1_v8) {
if (!((typeof $m1_v8 === 'object' && $m1_v8 !== null && !Array.isArray($m1_v8)))) return false;
{
const $m1_v9 = $m1_v8["code"];
if ($m1_v9 === undefined) return false;
if (!($m1_v9 === 202)) return false;
}
{
const $m1_v10 = $m1_v8["desc"];
if ($m1_v10 === undefined) return false;
if (!(typeof $m1_v10 === 'string')) return false;
}
{
const $m1_v11 = $m1_v8["notificationId"];
if ($m1_v11 === undefined) return false;
if (!(typeof $m1_v11 === 'string')) return false;
if ($m1_v11.length < 1) return false;
}
for (const $m1_key12 in $m1_v8) if ($m1_key12 !== "code" && $m1_key12 !== "desc" && $m1_key12 !== "notificationId") return false;
return true;
}
function $m1_check13($m1_v14) {
if (!((typeof $m1_v14 === 'object' && $m1_v14 !== null && !Array.isArray($m1_v14)))) return false;
{
const $m1_v15 = $m1_v14["code"];
if ($m1_v15 === undefined) return false;
if (!($m1_v15 === 400 || $m1_v15 === 401 || $m1_v15 === 404 || $m1_v15 === 413 || $m1_v15 === 429 || $m1_v15 === 503)) return false;
}
{
const $m1_v16 = $m1_v14["desc"];
if ($m1_v16 === undefined) return false;
if (!(typeof $m1_v16 === 'string')) return false;
}
for (const $m1_key17 in $m1_v14) if ($m1_key17 !== "code" && $m1_key17 !== "desc") return false;
return true;
}
const $m1_source18 = {"cr":"extensions/notifications.yaml","section":"extension:notifications","line":68};
const $m1_source20 = {"cr":"extensions/notifications.yaml","section":"extension:notifications","line":72};
const $m1_source22 = {"cr":"extensions/notifications.yaml","section":"extension:notifications","line":76};
const $m1_source25 = {"cr":"extensions/notifications.yaml","section":"extension:notifications","line":56};
const $m1_source26 = {"cr":"extensions/notifications.yaml","section":"extension:notifications","line":83};
const $m1_source28 = {"cr":"extensions/notifications.yaml","section":"extension:notifications","line":87};
function $m1_check($m1_data0) {
const $m1_issues1 = [];
let $marks;
const $m1_passes2 = $m1_check7($m1_data0);
const $m1_passes3 = $m1_check13($m1_data0);
if (!(($m1_passes2 ? 1 : 0) + ($m1_passes3 ? 1 : 0) === 1)) {
let $m1_passing6 = 0;
const $m1_mark4 = $m1_issues1.length;
if ($m1_passes2) $m1_passing6++;
else {
if ((typeof $m1_data0 === 'object' && $m1_data0 !== null && !Array.isArray($m1_data0))) {
const $m1_v19 = $m1_data0["code"];
if ($m1_v19 === undefined) $m1_issues1.push({ path: "/code", rule: "required", message: "must have required property 'code'", source: $m1_source18 });
const $m1_v21 = $m1_data0["desc"];
if ($m1_v21 === undefined) $m1_issues1.push({ path: "/desc", rule: "required", message: "must have required property 'desc'", source: $m1_source20 });
const $m1_v23 = $m1_data0["notificationId"];
if ($m1_v23 === undefined) $m1_issues1.push({ path: "/notificationId", rule: "required", message: "must have required property 'notificationId'", source: $m1_source22 });
for (const $m1_key24 in $m1_data0) if ($m1_key24 !== "code" && $m1_key24 !== "desc" && $m1_key24 !== "notificationId") $m1_issues1.push({ path: "/" + $m1_key24, rule: "additionalProperties", message: "unknown property '" + $m1_key24 + "'", source: $m1_source25 });
if ($m1_v19 !== undefined) {
if (!(Number.isInteger($m1_v19))) $m1_issues1.push({ path: "/code", rule: "type", message: "must be integer", source: $m1_source18 });
if (!($m1_v19 === 202)) $m1_issues1.push({ path: "/code", rule: "const", message: "must be 202", source: $m1_source18 });
}
if ($m1_v21 !== undefined) {
if (!(typeof $m1_v21 === 'string')) $m1_issues1.push({ path: "/desc", rule: "type", message: "must be string", source: $m1_source20 });
}
if ($m1_v23 !== undefined) {
if (typeof $m1_v23 === 'string') {
if ($m1_v23.length < 1) $m1_issues1.push({ path: "/notificationId", rule: "minLength", message: "must NOT have fewer than 1 characters", source: $m1_source22 });
} else $m1_issues1.push({ path: "/notificationId", rule: "type", message: "must be string", source: $m1_source22 });
}
} else $m1_issues1.push({ path: "", rule: "type", message: "must be object", source: $m1_source25 });
}
const $m1_mark5 = $m1_issues1.length;
if ($m1_passing6 < 2) {
if ($m1_passes3) $m1_passing6++;
else {
if ((typeof $m1_data0 === 'object' && $m1_data0 !== null && !Array.isArray($m1_data0))) {
const $m1_v27 = $m1_data0["code"];
if ($m1_v27 === undefined) $m1_issues1.push({ path: "/code", rule: "required", message: "must have required property 'code'", source: $m1_source26 });
const $m1_v29 = $m1_data0["desc"];
if ($m1_v29 === undefined) $m1_issues1.push({ path: "/desc", rule: "required", message: "must have required property 'desc'", source: $m1_source28 });
for (const $m1_key30 in $m1_data0) if ($m1_key30 !== "code" && $m1_key30 !== "desc") $m1_issues1.push({ path: "/" + $m1_key30, rule: "additionalProperties", message: "unknown property '" + $m1_key30 + "'", source: $m1_source25 });
if ($m1_v27 !== undefined) {
if (!(Number.isInteger($m1_v27))) $m1_issues1.push({ path: "/code", rule: "type", message: "must be integer", source: $m1_source26 });
if (!($m1_v27 === 400 || $m1_v27 === 401 || $m1_v27 === 404 || $m1_v27 === 413 || $m1_v27 === 429 || $m1_v27 === 503)) $m1_issues1.push({ path: "/code", rule: "enum", message: "must be equal to one of the allowed values", source: $m1_source26 });
}
if ($m1_v29 !== undefined) {
if (!(typeof $m1_v29 === 'string')) $m1_issues1.push({ path: "/desc", rule: "type", message: "must be string", source: $m1_source28 });
}
} else $m1_issues1.push({ path: "", rule: "type", message: "must be object", source: $m1_source25 });
}
}
$marks = [$m1_mark4, $m1_mark5, $m1_issues1.length];
$m1_issues1.push({ path: "", rule: "oneOf", message: "must match exactly one schema in oneOf", source: $m1_source25 });
}
if ($m1_issues1.length === 0) return null;
return $marks === undefined ? $m1_issues1 : $closestBranch($m1_issues1, $marks);
}
let $m1_rejected = $accepted;
/** The issues validate… reports (null when valid), as toIssues makes them of ajv's errors. */
export function issuesNotificationSubmitRes(data) {
  const issues = $m1_check(data);
  $m1_rejected = issues === null ? $accepted : data;
  return issues;
}
export const checkNotificationSubmitRes = function checkNotificationSubmitRes(data) {
  return issuesNotificationSubmitRes(data) === null;
};
Object.defineProperty(checkNotificationSubmitRes, 'errors', {
  get: () => ($m1_rejected === $accepted || ajvCheckNotificationSubmitRes($m1_rejected) ? null : ajvCheckNotificationSubmitRes.errors),
});
