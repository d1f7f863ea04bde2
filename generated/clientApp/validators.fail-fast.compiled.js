/*
 * GENERATED FILE — DO NOT EDIT. Regenerate with `npx omaspec generate` (`npx omaspec check` detects drift).
 * Sources:
 *   spec/schemas/index.json
 *   spec/schemas/clientApp/clientAppRegistrationReq.schema.json
 *   spec/schemas/clientApp/clientAppRegistrationRes.schema.json
 */
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);

export const ajvFailFastClientAppRegistrationReq = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://omaspec.dev/schemas/clientApp/clientAppRegistrationReq.schema.json","title":"clientAppRegistrationReq","description":"ClientApplicationRegistration request.","x-omaspec":{"interface":"clientApp","name":"clientAppRegistrationReq","id":"clientApp.clientAppRegistrationReq","typeName":"ClientAppRegistrationReq","previousNames":["ClientAppClientAppRegistrationReq"],"envelope":"messageType","kind":"request","direction":"clientToServer","source":{"cr":"001_5aa78a6be4cd429f.txt","section":"9.3.1","line":55},"messageType":"clientAppRegistrationReq","response":"clientApp.clientAppRegistrationRes"},"type":"object","properties":{"messageType":{"title":"messageType","description":"Element with value set to ‘clientAppRegistrationReq’, identifying this message as a Client Application Registration request","type":"string","const":"clientAppRegistrationReq","x-omaspec-source":{"cr":"001_5aa78a6be4cd429f.txt","section":"9.3.1","line":60}},"applicationName":{"title":"applicationName","description":"This element contains the Application Name.","type":"string","x-omaspec-source":{"cr":"001_5aa78a6be4cd429f.txt","section":"9.3.1","line":65}},"tokenSeed":{"title":"tokenSeed","description":"This element contains the Client Application Token Seed. Same clientAppToken will be generated given the same tokenSeed.","type":"string","x-omaspec-source":{"cr":"001_5aa78a6be4cd429f.txt","section":"9.3.1","line":70}}},"required":["messageType","applicationName"],"additionalProperties":false};

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://omaspec.dev/schemas/clientApp/clientAppRegistrationReq.schema.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.messageType === undefined) && (missing0 = "messageType")) || ((data.applicationName === undefined) && (missing0 = "applicationName"))){
validate10.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "messageType") || (key0 === "applicationName")) || (key0 === "tokenSeed"))){
validate10.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.messageType !== undefined){
let data0 = data.messageType;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate10.errors = [{instancePath:instancePath+"/messageType",schemaPath:"#/properties/messageType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("clientAppRegistrationReq" !== data0){
validate10.errors = [{instancePath:instancePath+"/messageType",schemaPath:"#/properties/messageType/const",keyword:"const",params:{allowedValue: "clientAppRegistrationReq"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.applicationName !== undefined){
const _errs4 = errors;
if(typeof data.applicationName !== "string"){
validate10.errors = [{instancePath:instancePath+"/applicationName",schemaPath:"#/properties/applicationName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tokenSeed !== undefined){
const _errs6 = errors;
if(typeof data.tokenSeed !== "string"){
validate10.errors = [{instancePath:instancePath+"/tokenSeed",schemaPath:"#/properties/tokenSeed/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
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

export const ajvFailFastClientAppRegistrationRes = validate11;
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
if(errors === _errs1){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.messageType === undefined) && (missing0 = "messageType")) || ((data.code === undefined) && (missing0 = "code"))) || ((data.desc === undefined) && (missing0 = "desc"))) || ((data.clientAppToken === undefined) && (missing0 = "clientAppToken"))){
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
if(!(((((key0 === "messageType") || (key0 === "code")) || (key0 === "desc")) || (key0 === "clientAppToken")) || (key0 === "aoiServerUrl"))){
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
if(data.messageType !== undefined){
let data0 = data.messageType;
const _errs4 = errors;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/messageType",schemaPath:"#/oneOf/0/properties/messageType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if("clientAppRegistrationRes" !== data0){
const err3 = {instancePath:instancePath+"/messageType",schemaPath:"#/oneOf/0/properties/messageType/const",keyword:"const",params:{allowedValue: "clientAppRegistrationRes"},message:"must be equal to constant"};
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
if(data.code !== undefined){
let data1 = data.code;
const _errs6 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/code",schemaPath:"#/oneOf/0/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(200 !== data1){
const err5 = {instancePath:instancePath+"/code",schemaPath:"#/oneOf/0/properties/code/const",keyword:"const",params:{allowedValue: 200},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
if(!(data1 === 200)){
const err6 = {instancePath:instancePath+"/code",schemaPath:"#/oneOf/0/properties/code/enum",keyword:"enum",params:{allowedValues: schema12.oneOf[0].properties.code.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var valid1 = _errs6 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.desc !== undefined){
const _errs8 = errors;
if(typeof data.desc !== "string"){
const err7 = {instancePath:instancePath+"/desc",schemaPath:"#/oneOf/0/properties/desc/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid1 = _errs8 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.clientAppToken !== undefined){
const _errs10 = errors;
if(typeof data.clientAppToken !== "string"){
const err8 = {instancePath:instancePath+"/clientAppToken",schemaPath:"#/oneOf/0/properties/clientAppToken/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid1 = _errs10 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.aoiServerUrl !== undefined){
let data4 = data.aoiServerUrl;
const _errs12 = errors;
if(errors === _errs12){
if(errors === _errs12){
if(typeof data4 === "string"){
if(!(formats0(data4))){
const err9 = {instancePath:instancePath+"/aoiServerUrl",schemaPath:"#/oneOf/0/properties/aoiServerUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/aoiServerUrl",schemaPath:"#/oneOf/0/properties/aoiServerUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
var valid1 = _errs12 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs14 = errors;
if(errors === _errs14){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((((data.messageType === undefined) && (missing1 = "messageType")) || ((data.code === undefined) && (missing1 = "code"))) || ((data.desc === undefined) && (missing1 = "desc"))){
const err12 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
const _errs16 = errors;
for(const key1 in data){
if(!(((key1 === "messageType") || (key1 === "code")) || (key1 === "desc"))){
const err13 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
break;
}
}
if(_errs16 === errors){
if(data.messageType !== undefined){
let data5 = data.messageType;
const _errs17 = errors;
if(typeof data5 !== "string"){
const err14 = {instancePath:instancePath+"/messageType",schemaPath:"#/oneOf/1/properties/messageType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if("clientAppRegistrationRes" !== data5){
const err15 = {instancePath:instancePath+"/messageType",schemaPath:"#/oneOf/1/properties/messageType/const",keyword:"const",params:{allowedValue: "clientAppRegistrationRes"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var valid2 = _errs17 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.code !== undefined){
let data6 = data.code;
const _errs19 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err16 = {instancePath:instancePath+"/code",schemaPath:"#/oneOf/1/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(errors === _errs19){
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 599 || isNaN(data6)){
const err17 = {instancePath:instancePath+"/code",schemaPath:"#/oneOf/1/properties/code/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
if(data6 < 400 || isNaN(data6)){
const err18 = {instancePath:instancePath+"/code",schemaPath:"#/oneOf/1/properties/code/minimum",keyword:"minimum",params:{comparison: ">=", limit: 400},message:"must be >= 400"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
}
var valid2 = _errs19 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.desc !== undefined){
const _errs21 = errors;
if(typeof data.desc !== "string"){
const err19 = {instancePath:instancePath+"/desc",schemaPath:"#/oneOf/1/properties/desc/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var valid2 = _errs21 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
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
const err21 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
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


function $m0_check($m0_data0) {
if (!((typeof $m0_data0 === 'object' && $m0_data0 !== null && !Array.isArray($m0_data0)))) return false;
{
const $m0_v1 = $m0_data0["messageType"];
if ($m0_v1 === undefined) return false;
if (!($m0_v1 === "clientAppRegistrationReq")) return false;
}
{
const $m0_v2 = $m0_data0["applicationName"];
if ($m0_v2 === undefined) return false;
if (!(typeof $m0_v2 === 'string')) return false;
}
{
const $m0_v3 = $m0_data0["tokenSeed"];
if ($m0_v3 !== undefined) {
if (!(typeof $m0_v3 === 'string')) return false;
}
}
for (const $m0_key4 in $m0_data0) if ($m0_key4 !== "messageType" && $m0_key4 !== "applicationName" && $m0_key4 !== "tokenSeed") return false;
return true;
}
let $m0_rejected = $accepted;
export const failFastClientAppRegistrationReq = function failFastClientAppRegistrationReq(data) {
  const valid = $m0_check(data);
  $m0_rejected = valid ? $accepted : data;
  return valid;
};
Object.defineProperty(failFastClientAppRegistrationReq, 'errors', {
  get: () => ($m0_rejected === $accepted || ajvFailFastClientAppRegistrationReq($m0_rejected) ? null : ajvFailFastClientAppRegistrationReq.errors),
});

function $m1_check2($m1_v3) {
if (!((typeof $m1_v3 === 'object' && $m1_v3 !== null && !Array.isArray($m1_v3)))) return false;
{
const $m1_v4 = $m1_v3["messageType"];
if ($m1_v4 === undefined) return false;
if (!($m1_v4 === "clientAppRegistrationRes")) return false;
}
{
const $m1_v5 = $m1_v3["code"];
if ($m1_v5 === undefined) return false;
if (!($m1_v5 === 200)) return false;
if (!($m1_v5 === 200)) return false;
}
{
const $m1_v6 = $m1_v3["desc"];
if ($m1_v6 === undefined) return false;
if (!(typeof $m1_v6 === 'string')) return false;
}
{
const $m1_v7 = $m1_v3["clientAppToken"];
if ($m1_v7 === undefined) return false;
if (!(typeof $m1_v7 === 'string')) return false;
}
{
const $m1_v8 = $m1_v3["aoiServerUrl"];
if ($m1_v8 !== undefined) {
if (!(typeof $m1_v8 === 'string')) return false;
if (!$m1_format9($m1_v8)) return false;
}
}
for (const $m1_key10 in $m1_v3) if ($m1_key10 !== "messageType" && $m1_key10 !== "code" && $m1_key10 !== "desc" && $m1_key10 !== "clientAppToken" && $m1_key10 !== "aoiServerUrl") return false;
return true;
}
const $m1_format9 = require('ajv-formats/dist/formats').fullFormats["uri"];
function $m1_check11($m1_v12) {
if (!((typeof $m1_v12 === 'object' && $m1_v12 !== null && !Array.isArray($m1_v12)))) return false;
{
const $m1_v13 = $m1_v12["messageType"];
if ($m1_v13 === undefined) return false;
if (!($m1_v13 === "clientAppRegistrationRes")) return false;
}
{
const $m1_v14 = $m1_v12["code"];
if ($m1_v14 === undefined) return false;
if (!(Number.isInteger($m1_v14))) return false;
if ($m1_v14 > 599) return false;
if ($m1_v14 < 400) return false;
}
{
const $m1_v15 = $m1_v12["desc"];
if ($m1_v15 === undefined) return false;
if (!(typeof $m1_v15 === 'string')) return false;
}
for (const $m1_key16 in $m1_v12) if ($m1_key16 !== "messageType" && $m1_key16 !== "code" && $m1_key16 !== "desc") return false;
return true;
}
function $m1_check($m1_data0) {
let $m1_passing1 = 0;
if ($m1_check2($m1_data0) && ++$m1_passing1 > 1) return false;
if ($m1_check11($m1_data0) && ++$m1_passing1 > 1) return false;
if ($m1_passing1 === 0) return false;
return true;
}
let $m1_rejected = $accepted;
export const failFastClientAppRegistrationRes = function failFastClientAppRegistrationRes(data) {
  const valid = $m1_check(data);
  $m1_rejected = valid ? $accepted : data;
  return valid;
};
Object.defineProperty(failFastClientAppRegistrationRes, 'errors', {
  get: () => ($m1_rejected === $accepted || ajvFailFastClientAppRegistrationRes($m1_rejected) ? null : ajvFailFastClientAppRegistrationRes.errors),
});
