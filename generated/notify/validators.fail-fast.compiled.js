/*
 * GENERATED FILE — DO NOT EDIT. Regenerate with `npx omaspec generate` (`npx omaspec check` detects drift).
 * Sources:
 *   spec/schemas/index.json
 *   spec/schemas/notify/notificationSubmitReq.schema.json
 *   spec/schemas/notify/notificationSubmitRes.schema.json
 */
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);

export const ajvFailFastNotificationSubmitReq = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://omaspec.dev/schemas/notify/notificationSubmitReq.schema.json","title":"notificationSubmitReq","description":"Notification submission request.","x-omaspec":{"interface":"notify","name":"notificationSubmitReq","id":"notificationSubmitReq","typeName":"NotificationSubmitReq","envelope":"http","kind":"request","direction":"clientToServer","source":{"cr":"extensions/notifications.yaml","section":"extension:notifications","line":23},"response":"notificationSubmitRes","mediaType":"application/json","provisional":true},"type":"object","properties":{"clientAppToken":{"title":"clientAppToken","description":"The Client Application Token the notification is addressed to; every instance registered with it receives the notification.","type":"string","minLength":1,"maxLength":512,"x-omaspec-source":{"cr":"extensions/notifications.yaml","section":"extension:notifications","line":34}},"payload":{"title":"payload","description":"The notification content, opaque to the AOI Enabler and passed to the Client Application unchanged.","type":"object","x-omaspec-source":{"cr":"extensions/notifications.yaml","section":"extension:notifications","line":38}},"priority":{"title":"priority","description":"0 (lowest) to 9 (highest); 5 when absent.","type":"integer","minimum":0,"maximum":9,"x-omaspec-source":{"cr":"extensions/notifications.yaml","section":"extension:notifications","line":42}},"ttl":{"title":"ttl","description":"Seconds the notification may wait for an offline AOI Client before it is dropped; the server's default when absent.","type":"integer","minimum":0,"maximum":2592000,"x-omaspec-source":{"cr":"extensions/notifications.yaml","section":"extension:notifications","line":45}},"idempotencyKey":{"title":"idempotencyKey","description":"A key the submitter chooses; a second submission with the same key returns the first one's notification id instead of sending again.","type":"string","minLength":1,"maxLength":128,"x-omaspec-source":{"cr":"extensions/notifications.yaml","section":"extension:notifications","line":48}}},"required":["clientAppToken","payload"],"additionalProperties":false};
const func2 = require("ajv/dist/runtime/ucs2length").default;

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://omaspec.dev/schemas/notify/notificationSubmitReq.schema.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.clientAppToken === undefined) && (missing0 = "clientAppToken")) || ((data.payload === undefined) && (missing0 = "payload"))){
validate10.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "clientAppToken") || (key0 === "payload")) || (key0 === "priority")) || (key0 === "ttl")) || (key0 === "idempotencyKey"))){
validate10.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.clientAppToken !== undefined){
let data0 = data.clientAppToken;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func2(data0) > 512){
validate10.errors = [{instancePath:instancePath+"/clientAppToken",schemaPath:"#/properties/clientAppToken/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(func2(data0) < 1){
validate10.errors = [{instancePath:instancePath+"/clientAppToken",schemaPath:"#/properties/clientAppToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/clientAppToken",schemaPath:"#/properties/clientAppToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.payload !== undefined){
let data1 = data.payload;
const _errs4 = errors;
if(!(data1 && typeof data1 == "object" && !Array.isArray(data1))){
validate10.errors = [{instancePath:instancePath+"/payload",schemaPath:"#/properties/payload/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.priority !== undefined){
let data2 = data.priority;
const _errs6 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate10.errors = [{instancePath:instancePath+"/priority",schemaPath:"#/properties/priority/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs6){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 9 || isNaN(data2)){
validate10.errors = [{instancePath:instancePath+"/priority",schemaPath:"#/properties/priority/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9},message:"must be <= 9"}];
return false;
}
else {
if(data2 < 0 || isNaN(data2)){
validate10.errors = [{instancePath:instancePath+"/priority",schemaPath:"#/properties/priority/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ttl !== undefined){
let data3 = data.ttl;
const _errs8 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate10.errors = [{instancePath:instancePath+"/ttl",schemaPath:"#/properties/ttl/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs8){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 2592000 || isNaN(data3)){
validate10.errors = [{instancePath:instancePath+"/ttl",schemaPath:"#/properties/ttl/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2592000},message:"must be <= 2592000"}];
return false;
}
else {
if(data3 < 0 || isNaN(data3)){
validate10.errors = [{instancePath:instancePath+"/ttl",schemaPath:"#/properties/ttl/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.idempotencyKey !== undefined){
let data4 = data.idempotencyKey;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data4 === "string"){
if(func2(data4) > 128){
validate10.errors = [{instancePath:instancePath+"/idempotencyKey",schemaPath:"#/properties/idempotencyKey/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
else {
if(func2(data4) < 1){
validate10.errors = [{instancePath:instancePath+"/idempotencyKey",schemaPath:"#/properties/idempotencyKey/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/idempotencyKey",schemaPath:"#/properties/idempotencyKey/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate10.errors = vErrors;
return errors === 0;
}

export const ajvFailFastNotificationSubmitRes = validate11;
const schema12 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://omaspec.dev/schemas/notify/notificationSubmitRes.schema.json","title":"notificationSubmitRes","description":"Notification submission response.","x-omaspec":{"interface":"notify","name":"notificationSubmitRes","id":"notificationSubmitRes","typeName":"NotificationSubmitRes","envelope":"http","kind":"response","direction":"serverToClient","source":{"cr":"extensions/notifications.yaml","section":"extension:notifications","line":56},"responseTo":"notificationSubmitReq","mediaType":"application/json","provisional":true},"oneOf":[{"title":"notificationSubmitResSuccess","description":"Notification accepted.","type":"object","properties":{"code":{"title":"code","description":"202, accepted for delivery.","type":"integer","const":202,"x-omaspec-source":{"cr":"extensions/notifications.yaml","section":"extension:notifications","line":68}},"desc":{"title":"desc","description":"Textual description of the outcome.","type":"string","x-omaspec-source":{"cr":"extensions/notifications.yaml","section":"extension:notifications","line":72}},"notificationId":{"title":"notificationId","description":"The id the AOI Server gave the notification; deliveries carry it, and duplicates are suppressed by it.","type":"string","minLength":1,"x-omaspec-source":{"cr":"extensions/notifications.yaml","section":"extension:notifications","line":76}}},"required":["code","desc","notificationId"],"additionalProperties":false},{"title":"notificationSubmitResError","description":"Notification refused.","type":"object","properties":{"code":{"title":"code","description":"400 bad request, 401 unknown or missing key, 404 no Client Application registered with the token, 413 payload too large, 429 too many submissions, 503 unavailable.","type":"integer","enum":[400,401,404,413,429,503],"x-omaspec-source":{"cr":"extensions/notifications.yaml","section":"extension:notifications","line":83}},"desc":{"title":"desc","description":"Textual description of the outcome.","type":"string","x-omaspec-source":{"cr":"extensions/notifications.yaml","section":"extension:notifications","line":87}}},"required":["code","desc"],"additionalProperties":false}]};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://omaspec.dev/schemas/notify/notificationSubmitRes.schema.json" */;
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(errors === _errs1){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.code === undefined) && (missing0 = "code")) || ((data.desc === undefined) && (missing0 = "desc"))) || ((data.notificationId === undefined) && (missing0 = "notificationId"))){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
const _errs3 = errors;
for(const key0 in data){
if(!(((key0 === "code") || (key0 === "desc")) || (key0 === "notificationId"))){
const err1 = {instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
break;
}
}
if(_errs3 === errors){
if(data.code !== undefined){
let data0 = data.code;
const _errs4 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/code",schemaPath:"#/oneOf/0/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(202 !== data0){
const err3 = {instancePath:instancePath+"/code",schemaPath:"#/oneOf/0/properties/code/const",keyword:"const",params:{allowedValue: 202},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid1 = _errs4 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.desc !== undefined){
const _errs6 = errors;
if(typeof data.desc !== "string"){
const err4 = {instancePath:instancePath+"/desc",schemaPath:"#/oneOf/0/properties/desc/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid1 = _errs6 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.notificationId !== undefined){
let data2 = data.notificationId;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err5 = {instancePath:instancePath+"/notificationId",schemaPath:"#/oneOf/0/properties/notificationId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/notificationId",schemaPath:"#/oneOf/0/properties/notificationId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var valid1 = _errs8 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs10 = errors;
if(errors === _errs10){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if(((data.code === undefined) && (missing1 = "code")) || ((data.desc === undefined) && (missing1 = "desc"))){
const err8 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
const _errs12 = errors;
for(const key1 in data){
if(!((key1 === "code") || (key1 === "desc"))){
const err9 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
break;
}
}
if(_errs12 === errors){
if(data.code !== undefined){
let data3 = data.code;
const _errs13 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err10 = {instancePath:instancePath+"/code",schemaPath:"#/oneOf/1/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!((((((data3 === 400) || (data3 === 401)) || (data3 === 404)) || (data3 === 413)) || (data3 === 429)) || (data3 === 503))){
const err11 = {instancePath:instancePath+"/code",schemaPath:"#/oneOf/1/properties/code/enum",keyword:"enum",params:{allowedValues: schema12.oneOf[1].properties.code.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.desc !== undefined){
const _errs15 = errors;
if(typeof data.desc !== "string"){
const err12 = {instancePath:instancePath+"/desc",schemaPath:"#/oneOf/1/properties/desc/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
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
const err14 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
validate11.errors = vErrors;
return false;
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

const $m0_ucs2length2 = require('ajv/dist/runtime/ucs2length').default;
function $m0_check($m0_data0) {
if (!((typeof $m0_data0 === 'object' && $m0_data0 !== null && !Array.isArray($m0_data0)))) return false;
{
const $m0_v1 = $m0_data0["clientAppToken"];
if ($m0_v1 === undefined) return false;
if (!(typeof $m0_v1 === 'string')) return false;
if ($m0_v1.length > 512 && ($m0_v1.length > 1024 || $m0_ucs2length2($m0_v1) > 512)) return false;
if ($m0_v1.length < 1) return false;
}
{
const $m0_v3 = $m0_data0["payload"];
if ($m0_v3 === undefined) return false;
if (!((typeof $m0_v3 === 'object' && $m0_v3 !== null && !Array.isArray($m0_v3)))) return false;
}
{
const $m0_v4 = $m0_data0["priority"];
if ($m0_v4 !== undefined) {
if (!(Number.isInteger($m0_v4))) return false;
if ($m0_v4 > 9) return false;
if ($m0_v4 < 0) return false;
}
}
{
const $m0_v5 = $m0_data0["ttl"];
if ($m0_v5 !== undefined) {
if (!(Number.isInteger($m0_v5))) return false;
if ($m0_v5 > 2592000) return false;
if ($m0_v5 < 0) return false;
}
}
{
const $m0_v6 = $m0_data0["idempotencyKey"];
if ($m0_v6 !== undefined) {
if (!(typeof $m0_v6 === 'string')) return false;
if ($m0_v6.length > 128 && ($m0_v6.length > 256 || $m0_ucs2length2($m0_v6) > 128)) return false;
if ($m0_v6.length < 1) return false;
}
}
for (const $m0_key7 in $m0_data0) if ($m0_key7 !== "clientAppToken" && $m0_key7 !== "payload" && $m0_key7 !== "priority" && $m0_key7 !== "ttl" && $m0_key7 !== "idempotencyKey") return false;
return true;
}
let $m0_rejected = $accepted;
export const failFastNotificationSubmitReq = function failFastNotificationSubmitReq(data) {
  const valid = $m0_check(data);
  $m0_rejected = valid ? $accepted : data;
  return valid;
};
Object.defineProperty(failFastNotificationSubmitReq, 'errors', {
  get: () => ($m0_rejected === $accepted || ajvFailFastNotificationSubmitReq($m0_rejected) ? null : ajvFailFastNotificationSubmitReq.errors),
});

function $m1_check2($m1_v3) {
if (!((typeof $m1_v3 === 'object' && $m1_v3 !== null && !Array.isArray($m1_v3)))) return false;
{
const $m1_v4 = $m1_v3["code"];
if ($m1_v4 === undefined) return false;
if (!($m1_v4 === 202)) return false;
}
{
const $m1_v5 = $m1_v3["desc"];
if ($m1_v5 === undefined) return false;
if (!(typeof $m1_v5 === 'string')) return false;
}
{
const $m1_v6 = $m1_v3["notificationId"];
if ($m1_v6 === undefined) return false;
if (!(typeof $m1_v6 === 'string')) return false;
if ($m1_v6.length < 1) return false;
}
for (const $m1_key7 in $m1_v3) if ($m1_key7 !== "code" && $m1_key7 !== "desc" && $m1_key7 !== "notificationId") return false;
return true;
}
function $m1_check8($m1_v9) {
if (!((typeof $m1_v9 === 'object' && $m1_v9 !== null && !Array.isArray($m1_v9)))) return false;
{
const $m1_v10 = $m1_v9["code"];
if ($m1_v10 === undefined) return false;
if (!($m1_v10 === 400 || $m1_v10 === 401 || $m1_v10 === 404 || $m1_v10 === 413 || $m1_v10 === 429 || $m1_v10 === 503)) return false;
}
{
const $m1_v11 = $m1_v9["desc"];
if ($m1_v11 === undefined) return false;
if (!(typeof $m1_v11 === 'string')) return false;
}
for (const $m1_key12 in $m1_v9) if ($m1_key12 !== "code" && $m1_key12 !== "desc") return false;
return true;
}
function $m1_check($m1_data0) {
let $m1_passing1 = 0;
if ($m1_check2($m1_data0) && ++$m1_passing1 > 1) return false;
if ($m1_check8($m1_data0) && ++$m1_passing1 > 1) return false;
if ($m1_passing1 === 0) return false;
return true;
}
let $m1_rejected = $accepted;
export const failFastNotificationSubmitRes = function failFastNotificationSubmitRes(data) {
  const valid = $m1_check(data);
  $m1_rejected = valid ? $accepted : data;
  return valid;
};
Object.defineProperty(failFastNotificationSubmitRes, 'errors', {
  get: () => ($m1_rejected === $accepted || ajvFailFastNotificationSubmitRes($m1_rejected) ? null : ajvFailFastNotificationSubmitRes.errors),
});
