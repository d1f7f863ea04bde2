/*
 * GENERATED FILE — DO NOT EDIT. Regenerate with `npx omaspec generate` (`npx omaspec check` detects drift).
 * Sources:
 *   spec/schemas/index.json
 *   spec/schemas/clientApp/clientAppRegistrationReq.schema.json
 *   spec/schemas/clientApp/clientAppRegistrationRes.schema.json
 */
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);

export const ajvCheckClientAppRegistrationReq = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://omaspec.dev/schemas/clientApp/clientAppRegistrationReq.schema.json","title":"clientAppRegistrationReq","description":"ClientApplicationRegistration request.","x-omaspec":{"interface":"clientApp","name":"clientAppRegistrationReq","id":"clientApp.clientAppRegistrationReq","typeName":"ClientAppRegistrationReq","previousNames":["ClientAppClientAppRegistrationReq"],"envelope":"messageType","kind":"request","direction":"clientToServer","source":{"cr":"001_5aa78a6be4cd429f.txt","section":"9.3.1","line":55},"messageType":"clientAppRegistrationReq","response":"clientApp.clientAppRegistrationRes"},"type":"object","properties":{"messageType":{"title":"messageType","description":"Element with value set to ‘clientAppRegistrationReq’, identifying this message as a Client Application Registration request","type":"string","const":"clientAppRegistrationReq","x-omaspec-source":{"cr":"001_5aa78a6be4cd429f.txt","section":"9.3.1","line":60}},"applicationName":{"title":"applicationName","description":"This element contains the Application Name.","type":"string","x-omaspec-source":{"cr":"001_5aa78a6be4cd429f.txt","section":"9.3.1","line":65}},"tokenSeed":{"title":"tokenSeed","description":"This element contains the Client Application Token Seed. Same clientAppToken will be generated given the same tokenSeed.","type":"string","x-omaspec-source":{"cr":"001_5aa78a6be4cd429f.txt","section":"9.3.1","line":70}}},"required":["messageType","applicationName"],"additionalProperties":false};

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://omaspec.dev/schemas/clientApp/clientAppRegistrationReq.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.messageType === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "messageType"},message:"must have required property '"+"messageType"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.applicationName === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "applicationName"},message:"must have required property '"+"applicationName"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "messageType") || (key0 === "applicationName")) || (key0 === "tokenSeed"))){
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
if(data.messageType !== undefined){
let data0 = data.messageType;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/messageType",schemaPath:"#/properties/messageType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("clientAppRegistrationReq" !== data0){
const err4 = {instancePath:instancePath+"/messageType",schemaPath:"#/properties/messageType/const",keyword:"const",params:{allowedValue: "clientAppRegistrationReq"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.applicationName !== undefined){
if(typeof data.applicationName !== "string"){
const err5 = {instancePath:instancePath+"/applicationName",schemaPath:"#/properties/applicationName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.tokenSeed !== undefined){
if(typeof data.tokenSeed !== "string"){
const err6 = {instancePath:instancePath+"/tokenSeed",schemaPath:"#/properties/tokenSeed/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

export const ajvCheckClientAppRegistrationRes = validate11;
const schema12 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://omaspec.dev/schemas/clientApp/clientAppRegistrationRes.schema.json","title":"clientAppRegistrationRes","description":"Client Application Registration.","x-omaspec":{"interface":"clientApp","name":"clientAppRegistrationRes","id":"clientApp.clientAppRegistrationRes","typeName":"ClientAppRegistrationRes","previousNames":["ClientAppClientAppRegistrationRes"],"envelope":"messageType","kind":"response","direction":"serverToClient","source":{"cr":"001_5aa78a6be4cd429f.txt","section":"9.3.1","line":80},"messageType":"clientAppRegistrationRes","responseTo":"clientApp.clientAppRegistrationReq"},"oneOf":[{"title":"clientAppRegistrationResSuccess","description":"ClientApplicationRegistration success response.","type":"object","properties":{"messageType":{"title":"messageType","description":"Element with value set to ‘clientAppRegistrationRes’, identifying this message as a Client Application Registration response","type":"string","const":"clientAppRegistrationRes","x-omaspec-source":{"cr":"001_5aa78a6be4cd429f.txt","section":"9.3.1","line":85}},"code":{"title":"code","description":"This attribute contains a code that indicates the outcome of the request.\nIn case of a success response it SHALL be set to ‘200’ (‘OK’).","type":"integer","enum":[200],"const":200,"x-omaspec-source":{"cr":"001_5aa78a6be4cd429f.txt","section":"9.3.1","line":90}},"desc":{"title":"desc","description":"This attribute contains a textual description that indicates the outcome of the request.","type":"string","x-omaspec-source":{"cr":"001_5aa78a6be4cd429f.txt","section":"9.3.1","line":97}},"clientAppToken":{"title":"clientAppToken","description":"This element contains the Client Application Token, to be used by the Server Application for the notification addressing","type":"string","x-omaspec-source":{"cr":"001_5aa78a6be4cd429f.txt","section":"9.3.1","line":102}},"aoiServerUrl":{"title":"aoiServerUrl","description":"This element contains the URL of the AOI Server to which notification requests need to be targeted. If this information is known by other means it does not need to be conveyed in the Client Application Registration response","type":"string","format":"uri","x-omaspec-source":{"cr":"001_5aa78a6be4cd429f.txt","section":"9.3.1","line":107}}},"required":["messageType","code","desc","clientAppToken"],"additionalProperties":false},{"title":"clientAppRegistrationResError","description":"ClientApplicationRegistration error response.","type":"object","properties":{"messageType":{"title":"messageType","description":"Element with value set to ‘clientAppRegistrationRes’, identifying this message as a Client Application Registration response","type":"string","const":"clientAppRegistrationRes","x-omaspec-source":{"cr":"001_5aa78a6be4cd429f.txt","section":"9.3.1","line":121}},"code":{"title":"code","description":"This attribute contains a code that indicates the outcome of the request.\nIn case of an error response one of the following codes MAY be used:\n· ‘400’: ‘Bad Request’: Bad syntax in the request\n· ‘401’: ’Unauthorized’: The provided AOI Client Application ID is not valid or not correctly registered to the AOI Server.\n·  ‘503’: ‘Service Unavailable’: The AOI Server is temporarily not ready to process the request. The client may re-attempt the operation.","type":"integer","minimum":400,"maximum":599,"x-omaspec-source":{"cr":"001_5aa78a6be4cd429f.txt","section":"9.3.1","line":126}},"desc":{"title":"desc","description":"This attribute contains a textual description that indicates the outcome of the request.","type":"string","x-omaspec-source":{"cr":"001_5aa78a6be4cd429f.txt","section":"9.3.1","line":139}}},"required":["messageType","code","desc"],"additionalProperties":false}]};
const formats0 = require("ajv-formats/dist/formats").fullFormats.uri;

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://omaspec.dev/schemas/clientApp/clientAppRegistrationRes.schema.json" */;
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.messageType === undefined){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "messageType"},message:"must have required property '"+"messageType"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.code === undefined){
const err1 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.desc === undefined){
const err2 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "desc"},message:"must have required property '"+"desc"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.clientAppToken === undefined){
const err3 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "clientAppToken"},message:"must have required property '"+"clientAppToken"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "messageType") || (key0 === "code")) || (key0 === "desc")) || (key0 === "clientAppToken")) || (key0 === "aoiServerUrl"))){
const err4 = {instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.messageType !== undefined){
let data0 = data.messageType;
if(typeof data0 !== "string"){
const err5 = {instancePath:instancePath+"/messageType",schemaPath:"#/oneOf/0/properties/messageType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if("clientAppRegistrationRes" !== data0){
const err6 = {instancePath:instancePath+"/messageType",schemaPath:"#/oneOf/0/properties/messageType/const",keyword:"const",params:{allowedValue: "clientAppRegistrationRes"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.code !== undefined){
let data1 = data.code;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err7 = {instancePath:instancePath+"/code",schemaPath:"#/oneOf/0/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(200 !== data1){
const err8 = {instancePath:instancePath+"/code",schemaPath:"#/oneOf/0/properties/code/const",keyword:"const",params:{allowedValue: 200},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!(data1 === 200)){
const err9 = {instancePath:instancePath+"/code",schemaPath:"#/oneOf/0/properties/code/enum",keyword:"enum",params:{allowedValues: schema12.oneOf[0].properties.code.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.desc !== undefined){
if(typeof data.desc !== "string"){
const err10 = {instancePath:instancePath+"/desc",schemaPath:"#/oneOf/0/properties/desc/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.clientAppToken !== undefined){
if(typeof data.clientAppToken !== "string"){
const err11 = {instancePath:instancePath+"/clientAppToken",schemaPath:"#/oneOf/0/properties/clientAppToken/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.aoiServerUrl !== undefined){
let data4 = data.aoiServerUrl;
if(typeof data4 === "string"){
if(!(formats0(data4))){
const err12 = {instancePath:instancePath+"/aoiServerUrl",schemaPath:"#/oneOf/0/properties/aoiServerUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/aoiServerUrl",schemaPath:"#/oneOf/0/properties/aoiServerUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs14 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.messageType === undefined){
const err15 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "messageType"},message:"must have required property '"+"messageType"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data.code === undefined){
const err16 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data.desc === undefined){
const err17 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "desc"},message:"must have required property '"+"desc"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
for(const key1 in data){
if(!(((key1 === "messageType") || (key1 === "code")) || (key1 === "desc"))){
const err18 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.messageType !== undefined){
let data5 = data.messageType;
if(typeof data5 !== "string"){
const err19 = {instancePath:instancePath+"/messageType",schemaPath:"#/oneOf/1/properties/messageType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if("clientAppRegistrationRes" !== data5){
const err20 = {instancePath:instancePath+"/messageType",schemaPath:"#/oneOf/1/properties/messageType/const",keyword:"const",params:{allowedValue: "clientAppRegistrationRes"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.code !== undefined){
let data6 = data.code;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err21 = {instancePath:instancePath+"/code",schemaPath:"#/oneOf/1/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 599 || isNaN(data6)){
const err22 = {instancePath:instancePath+"/code",schemaPath:"#/oneOf/1/properties/code/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data6 < 400 || isNaN(data6)){
const err23 = {instancePath:instancePath+"/code",schemaPath:"#/oneOf/1/properties/code/minimum",keyword:"minimum",params:{comparison: ">=", limit: 400},message:"must be >= 400"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
if(data.desc !== undefined){
if(typeof data.desc !== "string"){
const err24 = {instancePath:instancePath+"/desc",schemaPath:"#/oneOf/1/properties/desc/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid0 = _errs14 === errors;
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
const err26 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
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

const $m0_source2 = {"cr":"001_5aa78a6be4cd429f.txt","section":"9.3.1","line":60};
const $m0_source4 = {"cr":"001_5aa78a6be4cd429f.txt","section":"9.3.1","line":65};
const $m0_source7 = {"cr":"001_5aa78a6be4cd429f.txt","section":"9.3.1","line":55};
const $m0_source9 = {"cr":"001_5aa78a6be4cd429f.txt","section":"9.3.1","line":70};
function $m0_check($m0_data0) {
const $m0_issues1 = [];
if ((typeof $m0_data0 === 'object' && $m0_data0 !== null && !Array.isArray($m0_data0))) {
const $m0_v3 = $m0_data0["messageType"];
if ($m0_v3 === undefined) $m0_issues1.push({ path: "/messageType", rule: "required", message: "must have required property 'messageType'", source: $m0_source2 });
const $m0_v5 = $m0_data0["applicationName"];
if ($m0_v5 === undefined) $m0_issues1.push({ path: "/applicationName", rule: "required", message: "must have required property 'applicationName'", source: $m0_source4 });
for (const $m0_key6 in $m0_data0) if ($m0_key6 !== "messageType" && $m0_key6 !== "applicationName" && $m0_key6 !== "tokenSeed") $m0_issues1.push({ path: "/" + $m0_key6, rule: "additionalProperties", message: "unknown property '" + $m0_key6 + "'", source: $m0_source7 });
if ($m0_v3 !== undefined) {
if (!(typeof $m0_v3 === 'string')) $m0_issues1.push({ path: "/messageType", rule: "type", message: "must be string", source: $m0_source2 });
if (!($m0_v3 === "clientAppRegistrationReq")) $m0_issues1.push({ path: "/messageType", rule: "const", message: "must be \"clientAppRegistrationReq\"", source: $m0_source2 });
}
if ($m0_v5 !== undefined) {
if (!(typeof $m0_v5 === 'string')) $m0_issues1.push({ path: "/applicationName", rule: "type", message: "must be string", source: $m0_source4 });
}
const $m0_v8 = $m0_data0["tokenSeed"];
if ($m0_v8 !== undefined) {
if (!(typeof $m0_v8 === 'string')) $m0_issues1.push({ path: "/tokenSeed", rule: "type", message: "must be string", source: $m0_source9 });
}
} else $m0_issues1.push({ path: "", rule: "type", message: "must be object", source: $m0_source7 });
if ($m0_issues1.length === 0) return null;
return $m0_issues1;
}
let $m0_rejected = $accepted;
/** The issues validate… reports (null when valid), as toIssues makes them of ajv's errors. */
export function issuesClientAppRegistrationReq(data) {
  const issues = $m0_check(data);
  $m0_rejected = issues === null ? $accepted : data;
  return issues;
}
export const checkClientAppRegistrationReq = function checkClientAppRegistrationReq(data) {
  return issuesClientAppRegistrationReq(data) === null;
};
Object.defineProperty(checkClientAppRegistrationReq, 'errors', {
  get: () => ($m0_rejected === $accepted || ajvCheckClientAppRegistrationReq($m0_rejected) ? null : ajvCheckClientAppRegistrationReq.errors),
});

function $m1_check7($m1_v8) {
if (!((typeof $m1_v8 === 'object' && $m1_v8 !== null && !Array.isArray($m1_v8)))) return false;
{
const $m1_v9 = $m1_v8["messageType"];
if ($m1_v9 === undefined) return false;
if (!($m1_v9 === "clientAppRegistrationRes")) return false;
}
{
const $m1_v10 = $m1_v8["code"];
if ($m1_v10 === undefined) return false;
if (!($m1_v10 === 200)) return false;
if (!($m1_v10 === 200)) return false;
}
{
const $m1_v11 = $m1_v8["desc"];
if ($m1_v11 === undefined) return false;
if (!(typeof $m1_v11 === 'string')) return false;
}
{
const $m1_v12 = $m1_v8["clientAppToken"];
if ($m1_v12 === undefined) return false;
if (!(typeof $m1_v12 === 'string')) return false;
}
{
const $m1_v13 = $m1_v8["aoiServerUrl"];
if ($m1_v13 !== undefined) {
if (!(typeof $m1_v13 === 'string')) return false;
if (!$m1_format14($m1_v13)) return false;
}
}
for (const $m1_key15 in $m1_v8) if ($m1_key15 !== "messageType" && $m1_key15 !== "code" && $m1_key15 !== "desc" && $m1_key15 !== "clientAppToken" && $m1_key15 !== "aoiServerUrl") return false;
return true;
}
const $m1_format14 = require('ajv-formats/dist/formats').fullFormats["uri"];
function $m1_check16($m1_v17) {
if (!((typeof $m1_v17 === 'object' && $m1_v17 !== null && !Array.isArray($m1_v17)))) return false;
{
const $m1_v18 = $m1_v17["messageType"];
if ($m1_v18 === undefined) return false;
if (!($m1_v18 === "clientAppRegistrationRes")) return false;
}
{
const $m1_v19 = $m1_v17["code"];
if ($m1_v19 === undefined) return false;
if (!(Number.isInteger($m1_v19))) return false;
if ($m1_v19 > 599) return false;
if ($m1_v19 < 400) return false;
}
{
const $m1_v20 = $m1_v17["desc"];
if ($m1_v20 === undefined) return false;
if (!(typeof $m1_v20 === 'string')) return false;
}
for (const $m1_key21 in $m1_v17) if ($m1_key21 !== "messageType" && $m1_key21 !== "code" && $m1_key21 !== "desc") return false;
return true;
}
const $m1_source22 = {"cr":"001_5aa78a6be4cd429f.txt","section":"9.3.1","line":85};
const $m1_source24 = {"cr":"001_5aa78a6be4cd429f.txt","section":"9.3.1","line":90};
const $m1_source26 = {"cr":"001_5aa78a6be4cd429f.txt","section":"9.3.1","line":97};
const $m1_source28 = {"cr":"001_5aa78a6be4cd429f.txt","section":"9.3.1","line":102};
const $m1_source31 = {"cr":"001_5aa78a6be4cd429f.txt","section":"9.3.1","line":80};
const $m1_source33 = {"cr":"001_5aa78a6be4cd429f.txt","section":"9.3.1","line":107};
const $m1_source34 = {"cr":"001_5aa78a6be4cd429f.txt","section":"9.3.1","line":121};
const $m1_source36 = {"cr":"001_5aa78a6be4cd429f.txt","section":"9.3.1","line":126};
const $m1_source38 = {"cr":"001_5aa78a6be4cd429f.txt","section":"9.3.1","line":139};
function $m1_check($m1_data0) {
const $m1_issues1 = [];
let $marks;
const $m1_passes2 = $m1_check7($m1_data0);
const $m1_passes3 = $m1_check16($m1_data0);
if (!(($m1_passes2 ? 1 : 0) + ($m1_passes3 ? 1 : 0) === 1)) {
let $m1_passing6 = 0;
const $m1_mark4 = $m1_issues1.length;
if ($m1_passes2) $m1_passing6++;
else {
if ((typeof $m1_data0 === 'object' && $m1_data0 !== null && !Array.isArray($m1_data0))) {
const $m1_v23 = $m1_data0["messageType"];
if ($m1_v23 === undefined) $m1_issues1.push({ path: "/messageType", rule: "required", message: "must have required property 'messageType'", source: $m1_source22 });
const $m1_v25 = $m1_data0["code"];
if ($m1_v25 === undefined) $m1_issues1.push({ path: "/code", rule: "required", message: "must have required property 'code'", source: $m1_source24 });
const $m1_v27 = $m1_data0["desc"];
if ($m1_v27 === undefined) $m1_issues1.push({ path: "/desc", rule: "required", message: "must have required property 'desc'", source: $m1_source26 });
const $m1_v29 = $m1_data0["clientAppToken"];
if ($m1_v29 === undefined) $m1_issues1.push({ path: "/clientAppToken", rule: "required", message: "must have required property 'clientAppToken'", source: $m1_source28 });
for (const $m1_key30 in $m1_data0) if ($m1_key30 !== "messageType" && $m1_key30 !== "code" && $m1_key30 !== "desc" && $m1_key30 !== "clientAppToken" && $m1_key30 !== "aoiServerUrl") $m1_issues1.push({ path: "/" + $m1_key30, rule: "additionalProperties", message: "unknown property '" + $m1_key30 + "'", source: $m1_source31 });
if ($m1_v23 !== undefined) {
if (!(typeof $m1_v23 === 'string')) $m1_issues1.push({ path: "/messageType", rule: "type", message: "must be string", source: $m1_source22 });
if (!($m1_v23 === "clientAppRegistrationRes")) $m1_issues1.push({ path: "/messageType", rule: "const", message: "must be \"clientAppRegistrationRes\"", source: $m1_source22 });
}
if ($m1_v25 !== undefined) {
if (!(Number.isInteger($m1_v25))) $m1_issues1.push({ path: "/code", rule: "type", message: "must be integer", source: $m1_source24 });
if (!($m1_v25 === 200)) $m1_issues1.push({ path: "/code", rule: "const", message: "must be 200", source: $m1_source24 });
if (!($m1_v25 === 200)) $m1_issues1.push({ path: "/code", rule: "enum", message: "must be equal to one of the allowed values", source: $m1_source24 });
}
if ($m1_v27 !== undefined) {
if (!(typeof $m1_v27 === 'string')) $m1_issues1.push({ path: "/desc", rule: "type", message: "must be string", source: $m1_source26 });
}
if ($m1_v29 !== undefined) {
if (!(typeof $m1_v29 === 'string')) $m1_issues1.push({ path: "/clientAppToken", rule: "type", message: "must be string", source: $m1_source28 });
}
const $m1_v32 = $m1_data0["aoiServerUrl"];
if ($m1_v32 !== undefined) {
if (typeof $m1_v32 === 'string') {
if (!$m1_format14($m1_v32)) $m1_issues1.push({ path: "/aoiServerUrl", rule: "format", message: "must match format \"uri\"", source: $m1_source33 });
} else $m1_issues1.push({ path: "/aoiServerUrl", rule: "type", message: "must be string", source: $m1_source33 });
}
} else $m1_issues1.push({ path: "", rule: "type", message: "must be object", source: $m1_source31 });
}
const $m1_mark5 = $m1_issues1.length;
if ($m1_passing6 < 2) {
if ($m1_passes3) $m1_passing6++;
else {
if ((typeof $m1_data0 === 'object' && $m1_data0 !== null && !Array.isArray($m1_data0))) {
const $m1_v35 = $m1_data0["messageType"];
if ($m1_v35 === undefined) $m1_issues1.push({ path: "/messageType", rule: "required", message: "must have required property 'messageType'", source: $m1_source34 });
const $m1_v37 = $m1_data0["code"];
if ($m1_v37 === undefined) $m1_issues1.push({ path: "/code", rule: "required", message: "must have required property 'code'", source: $m1_source36 });
const $m1_v39 = $m1_data0["desc"];
if ($m1_v39 === undefined) $m1_issues1.push({ path: "/desc", rule: "required", message: "must have required property 'desc'", source: $m1_source38 });
for (const $m1_key40 in $m1_data0) if ($m1_key40 !== "messageType" && $m1_key40 !== "code" && $m1_key40 !== "desc") $m1_issues1.push({ path: "/" + $m1_key40, rule: "additionalProperties", message: "unknown property '" + $m1_key40 + "'", source: $m1_source31 });
if ($m1_v35 !== undefined) {
if (!(typeof $m1_v35 === 'string')) $m1_issues1.push({ path: "/messageType", rule: "type", message: "must be string", source: $m1_source34 });
if (!($m1_v35 === "clientAppRegistrationRes")) $m1_issues1.push({ path: "/messageType", rule: "const", message: "must be \"clientAppRegistrationRes\"", source: $m1_source34 });
}
if ($m1_v37 !== undefined) {
if (!(Number.isInteger($m1_v37))) $m1_issues1.push({ path: "/code", rule: "type", message: "must be integer", source: $m1_source36 });
if (typeof $m1_v37 === 'number' && isFinite($m1_v37)) {
if ($m1_v37 > 599) $m1_issues1.push({ path: "/code", rule: "maximum", message: "must be <= 599", source: $m1_source36 });
if ($m1_v37 < 400) $m1_issues1.push({ path: "/code", rule: "minimum", message: "must be >= 400", source: $m1_source36 });
}
}
if ($m1_v39 !== undefined) {
if (!(typeof $m1_v39 === 'string')) $m1_issues1.push({ path: "/desc", rule: "type", message: "must be string", source: $m1_source38 });
}
} else $m1_issues1.push({ path: "", rule: "type", message: "must be object", source: $m1_source31 });
}
}
$marks = [$m1_mark4, $m1_mark5, $m1_issues1.length];
$m1_issues1.push({ path: "", rule: "oneOf", message: "must match exactly one schema in oneOf", source: $m1_source31 });
}
if ($m1_issues1.length === 0) return null;
return $marks === undefined ? $m1_issues1 : $closestBranch($m1_issues1, $marks);
}
let $m1_rejected = $accepted;
/** The issues validate… reports (null when valid), as toIssues makes them of ajv's errors. */
export function issuesClientAppRegistrationRes(data) {
  const issues = $m1_check(data);
  $m1_rejected = issues === null ? $accepted : data;
  return issues;
}
export const checkClientAppRegistrationRes = function checkClientAppRegistrationRes(data) {
  return issuesClientAppRegistrationRes(data) === null;
};
Object.defineProperty(checkClientAppRegistrationRes, 'errors', {
  get: () => ($m1_rejected === $accepted || ajvCheckClientAppRegistrationRes($m1_rejected) ? null : ajvCheckClientAppRegistrationRes.errors),
});
