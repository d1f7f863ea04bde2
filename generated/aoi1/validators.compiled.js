/*
 * GENERATED FILE — DO NOT EDIT. Regenerate with `npx omaspec generate` (`npx omaspec check` detects drift).
 * Sources:
 *   spec/schemas/index.json
 *   spec/schemas/common/jsonrpc.schema.json
 *   spec/schemas/aoi1/aoiClientDeregistrationReq.schema.json
 *   spec/schemas/aoi1/aoiClientDeregistrationRes.schema.json
 *   spec/schemas/aoi1/aoiClientRegistrationReq.schema.json
 *   spec/schemas/aoi1/aoiClientRegistrationRes.schema.json
 *   spec/schemas/aoi1/clientAppDeregistrationReq.schema.json
 *   spec/schemas/aoi1/clientAppDeregistrationRes.schema.json
 *   spec/schemas/aoi1/clientAppRegistrationReq.schema.json
 *   spec/schemas/aoi1/clientAppRegistrationRes.schema.json
 *   spec/schemas/aoi1/notificationDeliveryReq.schema.json
 *   spec/schemas/aoi1/notificationDeliveryRes.schema.json
 */
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);

export const ajvCheckAoiClientDeregistrationReq = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://omaspec.dev/schemas/aoi1/aoiClientDeregistrationReq.schema.json","title":"aoiClientDeregistrationReq","description":"AOI Client Deregistration request.","x-omaspec":{"interface":"aoi1","name":"aoiClientDeregistrationReq","id":"aoiClientDeregistrationReq","typeName":"AoiClientDeregistrationReq","envelope":"messageType","kind":"request","direction":"clientToServer","source":{"cr":"002_c738242bc884de22.txt","section":"10.1.2","line":160},"messageType":"aoiClientDeregistrationReq","response":"aoiClientDeregistrationRes"},"type":"object","properties":{"messageType":{"title":"messageType","type":"string","const":"aoiClientDeregistrationReq","x-omaspec-source":{"cr":"002_c738242bc884de22.txt","section":"10.1.2","line":168}},"clientID":{"title":"clientID","type":"string","x-omaspec-source":{"cr":"002_c738242bc884de22.txt","section":"10.1.2","line":175}}},"required":["messageType","clientID"],"additionalProperties":false};

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://omaspec.dev/schemas/aoi1/aoiClientDeregistrationReq.schema.json" */;
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
if(data.clientID === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "clientID"},message:"must have required property '"+"clientID"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "messageType") || (key0 === "clientID"))){
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
if("aoiClientDeregistrationReq" !== data0){
const err4 = {instancePath:instancePath+"/messageType",schemaPath:"#/properties/messageType/const",keyword:"const",params:{allowedValue: "aoiClientDeregistrationReq"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.clientID !== undefined){
if(typeof data.clientID !== "string"){
const err5 = {instancePath:instancePath+"/clientID",schemaPath:"#/properties/clientID/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

export const ajvCheckAoiClientDeregistrationRes = validate11;
const schema12 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://omaspec.dev/schemas/aoi1/aoiClientDeregistrationRes.schema.json","title":"aoiClientDeregistrationRes","description":"AOI Client Deregistration response.","x-omaspec":{"interface":"aoi1","name":"aoiClientDeregistrationRes","id":"aoiClientDeregistrationRes","typeName":"AoiClientDeregistrationRes","envelope":"messageType","kind":"response","direction":"serverToClient","source":{"cr":"002_c738242bc884de22.txt","section":"10.1.2","line":195},"messageType":"aoiClientDeregistrationRes","responseTo":"aoiClientDeregistrationReq"},"type":"object","properties":{"messageType":{"title":"messageType","type":"string","const":"aoiClientDeregistrationRes","x-omaspec-source":{"cr":"002_c738242bc884de22.txt","section":"10.1.2","line":203}},"code":{"title":"code","type":"integer","x-omaspec-source":{"cr":"002_c738242bc884de22.txt","section":"10.1.2","line":210}},"desc":{"title":"desc","type":"string","x-omaspec-source":{"cr":"002_c738242bc884de22.txt","section":"10.1.2","line":215}}},"required":["messageType","code","desc"],"additionalProperties":false};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://omaspec.dev/schemas/aoi1/aoiClientDeregistrationRes.schema.json" */;
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
if(data.code === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.desc === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "desc"},message:"must have required property '"+"desc"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "messageType") || (key0 === "code")) || (key0 === "desc"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.messageType !== undefined){
let data0 = data.messageType;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/messageType",schemaPath:"#/properties/messageType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if("aoiClientDeregistrationRes" !== data0){
const err5 = {instancePath:instancePath+"/messageType",schemaPath:"#/properties/messageType/const",keyword:"const",params:{allowedValue: "aoiClientDeregistrationRes"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.code !== undefined){
let data1 = data.code;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err6 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.desc !== undefined){
if(typeof data.desc !== "string"){
const err7 = {instancePath:instancePath+"/desc",schemaPath:"#/properties/desc/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

export const ajvCheckAoiClientRegistrationReq = validate12;
const schema13 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://omaspec.dev/schemas/aoi1/aoiClientRegistrationReq.schema.json","title":"aoiClientRegistrationReq","description":"AOI Client Registration request.","x-omaspec":{"interface":"aoi1","name":"aoiClientRegistrationReq","id":"aoiClientRegistrationReq","typeName":"AoiClientRegistrationReq","envelope":"messageType","kind":"request","direction":"clientToServer","source":{"cr":"002_c738242bc884de22.txt","section":"10.1.1","line":32},"messageType":"aoiClientRegistrationReq","response":"aoiClientRegistrationRes"},"type":"object","properties":{"messageType":{"title":"messageType","type":"string","const":"aoiClientRegistrationReq","x-omaspec-source":{"cr":"002_c738242bc884de22.txt","section":"10.1.1","line":40}},"deviceNumber":{"title":"deviceNumber","type":"string","x-omaspec-source":{"cr":"002_c738242bc884de22.txt","section":"10.1.1","line":47}}},"required":["messageType","deviceNumber"],"additionalProperties":false};

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://omaspec.dev/schemas/aoi1/aoiClientRegistrationReq.schema.json" */;
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
if(data.deviceNumber === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "deviceNumber"},message:"must have required property '"+"deviceNumber"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "messageType") || (key0 === "deviceNumber"))){
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
if("aoiClientRegistrationReq" !== data0){
const err4 = {instancePath:instancePath+"/messageType",schemaPath:"#/properties/messageType/const",keyword:"const",params:{allowedValue: "aoiClientRegistrationReq"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.deviceNumber !== undefined){
if(typeof data.deviceNumber !== "string"){
const err5 = {instancePath:instancePath+"/deviceNumber",schemaPath:"#/properties/deviceNumber/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate12.errors = vErrors;
return errors === 0;
}

export const ajvCheckAoiClientRegistrationRes = validate13;
const schema14 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://omaspec.dev/schemas/aoi1/aoiClientRegistrationRes.schema.json","title":"aoiClientRegistrationRes","description":"AOI Client Registration response.","x-omaspec":{"interface":"aoi1","name":"aoiClientRegistrationRes","id":"aoiClientRegistrationRes","typeName":"AoiClientRegistrationRes","envelope":"messageType","kind":"response","direction":"serverToClient","source":{"cr":"002_c738242bc884de22.txt","section":"10.1.1","line":66},"messageType":"aoiClientRegistrationRes","responseTo":"aoiClientRegistrationReq"},"oneOf":[{"title":"aoiClientRegistrationResSuccess","description":"AOI Client Registration response.","type":"object","properties":{"messageType":{"title":"messageType","type":"string","const":"aoiClientRegistrationRes","x-omaspec-source":{"cr":"002_c738242bc884de22.txt","section":"10.1.1","line":74}},"clientID":{"title":"clientID","type":"string","x-omaspec-source":{"cr":"002_c738242bc884de22.txt","section":"10.1.1","line":81}},"code":{"title":"code","type":"integer","enum":[200],"x-omaspec-source":{"cr":"002_c738242bc884de22.txt","section":"10.1.1","line":86}},"desc":{"title":"desc","type":"string","x-omaspec-source":{"cr":"002_c738242bc884de22.txt","section":"10.1.1","line":92}}},"required":["messageType","clientID","code","desc"],"additionalProperties":false},{"title":"aoiClientRegistrationResError","description":"AOI Client Registration response.","type":"object","properties":{"messageType":{"title":"messageType","type":"string","const":"aoiClientRegistrationRes","x-omaspec-source":{"cr":"002_c738242bc884de22.txt","section":"10.1.1","line":124}},"code":{"title":"code","type":"integer","minimum":400,"maximum":599,"x-omaspec-source":{"cr":"002_c738242bc884de22.txt","section":"10.1.1","line":131}},"desc":{"title":"desc","type":"string","x-omaspec-source":{"cr":"002_c738242bc884de22.txt","section":"10.1.1","line":136}}},"required":["messageType","code","desc"],"additionalProperties":false}]};

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://omaspec.dev/schemas/aoi1/aoiClientRegistrationRes.schema.json" */;
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
if(data.clientID === undefined){
const err1 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "clientID"},message:"must have required property '"+"clientID"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.code === undefined){
const err2 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.desc === undefined){
const err3 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "desc"},message:"must have required property '"+"desc"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "messageType") || (key0 === "clientID")) || (key0 === "code")) || (key0 === "desc"))){
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
if("aoiClientRegistrationRes" !== data0){
const err6 = {instancePath:instancePath+"/messageType",schemaPath:"#/oneOf/0/properties/messageType/const",keyword:"const",params:{allowedValue: "aoiClientRegistrationRes"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.clientID !== undefined){
if(typeof data.clientID !== "string"){
const err7 = {instancePath:instancePath+"/clientID",schemaPath:"#/oneOf/0/properties/clientID/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.code !== undefined){
let data2 = data.code;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err8 = {instancePath:instancePath+"/code",schemaPath:"#/oneOf/0/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!(data2 === 200)){
const err9 = {instancePath:instancePath+"/code",schemaPath:"#/oneOf/0/properties/code/enum",keyword:"enum",params:{allowedValues: schema14.oneOf[0].properties.code.enum},message:"must be equal to one of the allowed values"};
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
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs12 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.messageType === undefined){
const err12 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "messageType"},message:"must have required property '"+"messageType"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.code === undefined){
const err13 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.desc === undefined){
const err14 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "desc"},message:"must have required property '"+"desc"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 in data){
if(!(((key1 === "messageType") || (key1 === "code")) || (key1 === "desc"))){
const err15 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.messageType !== undefined){
let data4 = data.messageType;
if(typeof data4 !== "string"){
const err16 = {instancePath:instancePath+"/messageType",schemaPath:"#/oneOf/1/properties/messageType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if("aoiClientRegistrationRes" !== data4){
const err17 = {instancePath:instancePath+"/messageType",schemaPath:"#/oneOf/1/properties/messageType/const",keyword:"const",params:{allowedValue: "aoiClientRegistrationRes"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.code !== undefined){
let data5 = data.code;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err18 = {instancePath:instancePath+"/code",schemaPath:"#/oneOf/1/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 599 || isNaN(data5)){
const err19 = {instancePath:instancePath+"/code",schemaPath:"#/oneOf/1/properties/code/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data5 < 400 || isNaN(data5)){
const err20 = {instancePath:instancePath+"/code",schemaPath:"#/oneOf/1/properties/code/minimum",keyword:"minimum",params:{comparison: ">=", limit: 400},message:"must be >= 400"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data.desc !== undefined){
if(typeof data.desc !== "string"){
const err21 = {instancePath:instancePath+"/desc",schemaPath:"#/oneOf/1/properties/desc/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid0 = _errs12 === errors;
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
const err23 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
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
validate13.errors = vErrors;
return errors === 0;
}

export const ajvCheckClientAppDeregistrationReq = validate14;
const schema15 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://omaspec.dev/schemas/aoi1/clientAppDeregistrationReq.schema.json","title":"clientAppDeregistrationReq","description":"Client Application Degistration request.","x-omaspec":{"interface":"aoi1","name":"clientAppDeregistrationReq","id":"clientAppDeregistrationReq","typeName":"ClientAppDeregistrationReq","envelope":"jsonrpc","kind":"request","direction":"clientToServer","source":{"cr":"000_405bc08fdded4f6d.txt","section":"10.1.6","line":82},"method":"clientAppDeregistrationReq","response":"clientAppDeregistrationRes"},"type":"object","properties":{"jsonrpc":{"title":"jsonrpc","description":"The JSON-RPC protocol version; exactly \"2.0\".","type":"string","const":"2.0"},"method":{"title":"method","description":"The JSON-RPC method.","type":"string","const":"clientAppDeregistrationReq"},"id":{"title":"JsonRpcId","description":"Request identifier, echoed in the response: a string or a number.","type":["string","number"]},"params":{"title":"clientAppDeregistrationReqParams","description":"Client Application Degistration request.","type":"object","properties":{"clientID":{"title":"clientID","type":"string","x-omaspec-source":{"cr":"000_405bc08fdded4f6d.txt","section":"10.1.6","line":86}},"clientAppToken":{"title":"clientAppToken","type":"string","x-omaspec-source":{"cr":"000_405bc08fdded4f6d.txt","section":"10.1.6","line":87}}},"required":["clientID","clientAppToken"],"additionalProperties":false}},"required":["jsonrpc","method","id","params"],"additionalProperties":false};

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://omaspec.dev/schemas/aoi1/clientAppDeregistrationReq.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.jsonrpc === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "jsonrpc"},message:"must have required property '"+"jsonrpc"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.method === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "method"},message:"must have required property '"+"method"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.id === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.params === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "params"},message:"must have required property '"+"params"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "jsonrpc") || (key0 === "method")) || (key0 === "id")) || (key0 === "params"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.jsonrpc !== undefined){
let data0 = data.jsonrpc;
if(typeof data0 !== "string"){
const err5 = {instancePath:instancePath+"/jsonrpc",schemaPath:"#/properties/jsonrpc/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if("2.0" !== data0){
const err6 = {instancePath:instancePath+"/jsonrpc",schemaPath:"#/properties/jsonrpc/const",keyword:"const",params:{allowedValue: "2.0"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.method !== undefined){
let data1 = data.method;
if(typeof data1 !== "string"){
const err7 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if("clientAppDeregistrationReq" !== data1){
const err8 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/const",keyword:"const",params:{allowedValue: "clientAppDeregistrationReq"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.id !== undefined){
let data2 = data.id;
if((typeof data2 !== "string") && (!((typeof data2 == "number") && (isFinite(data2))))){
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: schema15.properties.id.type},message:"must be string,number"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.params !== undefined){
let data3 = data.params;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.clientID === undefined){
const err10 = {instancePath:instancePath+"/params",schemaPath:"#/properties/params/required",keyword:"required",params:{missingProperty: "clientID"},message:"must have required property '"+"clientID"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data3.clientAppToken === undefined){
const err11 = {instancePath:instancePath+"/params",schemaPath:"#/properties/params/required",keyword:"required",params:{missingProperty: "clientAppToken"},message:"must have required property '"+"clientAppToken"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key1 in data3){
if(!((key1 === "clientID") || (key1 === "clientAppToken"))){
const err12 = {instancePath:instancePath+"/params",schemaPath:"#/properties/params/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data3.clientID !== undefined){
if(typeof data3.clientID !== "string"){
const err13 = {instancePath:instancePath+"/params/clientID",schemaPath:"#/properties/params/properties/clientID/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data3.clientAppToken !== undefined){
if(typeof data3.clientAppToken !== "string"){
const err14 = {instancePath:instancePath+"/params/clientAppToken",schemaPath:"#/properties/params/properties/clientAppToken/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/params",schemaPath:"#/properties/params/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
validate14.errors = vErrors;
return errors === 0;
}

export const ajvCheckClientAppDeregistrationRes = validate15;
const schema16 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://omaspec.dev/schemas/aoi1/clientAppDeregistrationRes.schema.json","title":"clientAppDeregistrationRes","description":"Client Application Deregistration response.","x-omaspec":{"interface":"aoi1","name":"clientAppDeregistrationRes","id":"clientAppDeregistrationRes","typeName":"ClientAppDeregistrationRes","envelope":"jsonrpc","kind":"response","direction":"serverToClient","source":{"cr":"000_405bc08fdded4f6d.txt","section":"10.1.6","line":109},"method":"clientAppDeregistrationReq","responseTo":"clientAppDeregistrationReq"},"oneOf":[{"title":"clientAppDeregistrationResSuccess","description":"JSON-RPC 2.0 success response envelope.","type":"object","properties":{"jsonrpc":{"title":"jsonrpc","description":"The JSON-RPC protocol version; exactly \"2.0\".","type":"string","const":"2.0"},"id":{"title":"JsonRpcId","description":"Request identifier, echoed in the response: a string or a number.","type":["string","number"]},"result":{"title":"clientAppDeregistrationResResult","description":"Client Application Deregistration response.","type":"object","properties":{"code":{"title":"code","type":"integer","const":200,"x-omaspec-source":{"cr":"000_405bc08fdded4f6d.txt","section":"10.1.6","line":109}},"message":{"title":"message","description":"Corresponds to the  “desc” parameter","type":"string","x-omaspec-source":{"cr":"000_405bc08fdded4f6d.txt","section":"10.1.6","line":110}}},"required":["code","message"],"additionalProperties":false}},"required":["jsonrpc","id","result"],"additionalProperties":false},{"title":"clientAppDeregistrationResError","description":"JSON-RPC 2.0 error response envelope.","type":"object","properties":{"jsonrpc":{"title":"jsonrpc","description":"The JSON-RPC protocol version; exactly \"2.0\".","type":"string","const":"2.0"},"id":{"title":"JsonRpcResponseId","description":"The id of the request answered; null when it could not be read.","type":["string","number","null"]},"error":{"title":"clientAppDeregistrationResError","description":"Client Application Deregistration response.","type":"object","properties":{"code":{"title":"code","type":"integer","x-omaspec-source":{"cr":"000_405bc08fdded4f6d.txt","section":"10.1.6","line":109}},"message":{"title":"message","description":"Corresponds to the  “desc” parameter","type":"string","x-omaspec-source":{"cr":"000_405bc08fdded4f6d.txt","section":"10.1.6","line":110}},"data":{"title":"data","description":"Additional information about the error (JSON-RPC 2.0 §5.1), e.g. the validation issues of an invalid request.","x-omaspec-source":{"cr":"000_405bc08fdded4f6d.txt","section":"10.1.6","line":109}}},"required":["code","message"],"additionalProperties":false}},"required":["jsonrpc","id","error"],"additionalProperties":false}]};

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://omaspec.dev/schemas/aoi1/clientAppDeregistrationRes.schema.json" */;
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.jsonrpc === undefined){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "jsonrpc"},message:"must have required property '"+"jsonrpc"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.result === undefined){
const err2 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "result"},message:"must have required property '"+"result"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "jsonrpc") || (key0 === "id")) || (key0 === "result"))){
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
if(data.jsonrpc !== undefined){
let data0 = data.jsonrpc;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/jsonrpc",schemaPath:"#/oneOf/0/properties/jsonrpc/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if("2.0" !== data0){
const err5 = {instancePath:instancePath+"/jsonrpc",schemaPath:"#/oneOf/0/properties/jsonrpc/const",keyword:"const",params:{allowedValue: "2.0"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if((typeof data1 !== "string") && (!((typeof data1 == "number") && (isFinite(data1))))){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/oneOf/0/properties/id/type",keyword:"type",params:{type: schema16.oneOf[0].properties.id.type},message:"must be string,number"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.result !== undefined){
let data2 = data.result;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.code === undefined){
const err7 = {instancePath:instancePath+"/result",schemaPath:"#/oneOf/0/properties/result/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data2.message === undefined){
const err8 = {instancePath:instancePath+"/result",schemaPath:"#/oneOf/0/properties/result/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key1 in data2){
if(!((key1 === "code") || (key1 === "message"))){
const err9 = {instancePath:instancePath+"/result",schemaPath:"#/oneOf/0/properties/result/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data2.code !== undefined){
let data3 = data2.code;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err10 = {instancePath:instancePath+"/result/code",schemaPath:"#/oneOf/0/properties/result/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(200 !== data3){
const err11 = {instancePath:instancePath+"/result/code",schemaPath:"#/oneOf/0/properties/result/properties/code/const",keyword:"const",params:{allowedValue: 200},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data2.message !== undefined){
if(typeof data2.message !== "string"){
const err12 = {instancePath:instancePath+"/result/message",schemaPath:"#/oneOf/0/properties/result/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err13 = {instancePath:instancePath+"/result",schemaPath:"#/oneOf/0/properties/result/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const _errs15 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.jsonrpc === undefined){
const err15 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "jsonrpc"},message:"must have required property '"+"jsonrpc"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data.id === undefined){
const err16 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data.error === undefined){
const err17 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "error"},message:"must have required property '"+"error"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
for(const key2 in data){
if(!(((key2 === "jsonrpc") || (key2 === "id")) || (key2 === "error"))){
const err18 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.jsonrpc !== undefined){
let data5 = data.jsonrpc;
if(typeof data5 !== "string"){
const err19 = {instancePath:instancePath+"/jsonrpc",schemaPath:"#/oneOf/1/properties/jsonrpc/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if("2.0" !== data5){
const err20 = {instancePath:instancePath+"/jsonrpc",schemaPath:"#/oneOf/1/properties/jsonrpc/const",keyword:"const",params:{allowedValue: "2.0"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.id !== undefined){
let data6 = data.id;
if(((typeof data6 !== "string") && (!((typeof data6 == "number") && (isFinite(data6))))) && (data6 !== null)){
const err21 = {instancePath:instancePath+"/id",schemaPath:"#/oneOf/1/properties/id/type",keyword:"type",params:{type: schema16.oneOf[1].properties.id.type},message:"must be string,number,null"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.error !== undefined){
let data7 = data.error;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.code === undefined){
const err22 = {instancePath:instancePath+"/error",schemaPath:"#/oneOf/1/properties/error/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data7.message === undefined){
const err23 = {instancePath:instancePath+"/error",schemaPath:"#/oneOf/1/properties/error/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key3 in data7){
if(!(((key3 === "code") || (key3 === "message")) || (key3 === "data"))){
const err24 = {instancePath:instancePath+"/error",schemaPath:"#/oneOf/1/properties/error/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data7.code !== undefined){
let data8 = data7.code;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err25 = {instancePath:instancePath+"/error/code",schemaPath:"#/oneOf/1/properties/error/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data7.message !== undefined){
if(typeof data7.message !== "string"){
const err26 = {instancePath:instancePath+"/error/message",schemaPath:"#/oneOf/1/properties/error/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/error",schemaPath:"#/oneOf/1/properties/error/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid0 = _errs15 === errors;
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
const err29 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
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
validate15.errors = vErrors;
return errors === 0;
}

export const ajvCheckAoi1ClientAppRegistrationReq = validate16;
const schema17 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://omaspec.dev/schemas/aoi1/clientAppRegistrationReq.schema.json","title":"clientAppRegistrationReq","description":"Client Application Registration request.","x-omaspec":{"interface":"aoi1","name":"clientAppRegistrationReq","id":"aoi1.clientAppRegistrationReq","typeName":"Aoi1ClientAppRegistrationReq","envelope":"jsonrpc","kind":"request","direction":"clientToServer","source":{"cr":"000_405bc08fdded4f6d.txt","section":"10.1.5","line":21},"method":"clientAppRegistrationReq","response":"aoi1.clientAppRegistrationRes"},"type":"object","properties":{"jsonrpc":{"title":"jsonrpc","description":"The JSON-RPC protocol version; exactly \"2.0\".","type":"string","const":"2.0"},"method":{"title":"method","description":"The JSON-RPC method.","type":"string","const":"clientAppRegistrationReq"},"id":{"title":"JsonRpcId","description":"Request identifier, echoed in the response: a string or a number.","type":["string","number"]},"params":{"title":"clientAppRegistrationReqParams","description":"Client Application Registration request.","type":"object","properties":{"clientID":{"title":"clientID","type":"string","x-omaspec-source":{"cr":"000_405bc08fdded4f6d.txt","section":"10.1.5","line":25}},"tokenSeed":{"title":"tokenSeed","type":"string","x-omaspec-source":{"cr":"000_405bc08fdded4f6d.txt","section":"10.1.5","line":26}}},"required":["clientID"],"additionalProperties":false}},"required":["jsonrpc","method","id","params"],"additionalProperties":false};

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://omaspec.dev/schemas/aoi1/clientAppRegistrationReq.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.jsonrpc === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "jsonrpc"},message:"must have required property '"+"jsonrpc"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.method === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "method"},message:"must have required property '"+"method"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.id === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.params === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "params"},message:"must have required property '"+"params"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "jsonrpc") || (key0 === "method")) || (key0 === "id")) || (key0 === "params"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.jsonrpc !== undefined){
let data0 = data.jsonrpc;
if(typeof data0 !== "string"){
const err5 = {instancePath:instancePath+"/jsonrpc",schemaPath:"#/properties/jsonrpc/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if("2.0" !== data0){
const err6 = {instancePath:instancePath+"/jsonrpc",schemaPath:"#/properties/jsonrpc/const",keyword:"const",params:{allowedValue: "2.0"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.method !== undefined){
let data1 = data.method;
if(typeof data1 !== "string"){
const err7 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if("clientAppRegistrationReq" !== data1){
const err8 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/const",keyword:"const",params:{allowedValue: "clientAppRegistrationReq"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.id !== undefined){
let data2 = data.id;
if((typeof data2 !== "string") && (!((typeof data2 == "number") && (isFinite(data2))))){
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: schema17.properties.id.type},message:"must be string,number"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.params !== undefined){
let data3 = data.params;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.clientID === undefined){
const err10 = {instancePath:instancePath+"/params",schemaPath:"#/properties/params/required",keyword:"required",params:{missingProperty: "clientID"},message:"must have required property '"+"clientID"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key1 in data3){
if(!((key1 === "clientID") || (key1 === "tokenSeed"))){
const err11 = {instancePath:instancePath+"/params",schemaPath:"#/properties/params/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data3.clientID !== undefined){
if(typeof data3.clientID !== "string"){
const err12 = {instancePath:instancePath+"/params/clientID",schemaPath:"#/properties/params/properties/clientID/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data3.tokenSeed !== undefined){
if(typeof data3.tokenSeed !== "string"){
const err13 = {instancePath:instancePath+"/params/tokenSeed",schemaPath:"#/properties/params/properties/tokenSeed/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err14 = {instancePath:instancePath+"/params",schemaPath:"#/properties/params/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate16.errors = vErrors;
return errors === 0;
}

export const ajvCheckAoi1ClientAppRegistrationRes = validate17;
const schema18 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://omaspec.dev/schemas/aoi1/clientAppRegistrationRes.schema.json","title":"clientAppRegistrationRes","description":"Client Application Registration response.","x-omaspec":{"interface":"aoi1","name":"clientAppRegistrationRes","id":"aoi1.clientAppRegistrationRes","typeName":"Aoi1ClientAppRegistrationRes","envelope":"jsonrpc","kind":"response","direction":"serverToClient","source":{"cr":"000_405bc08fdded4f6d.txt","section":"10.1.5","line":46},"method":"clientAppRegistrationReq","responseTo":"aoi1.clientAppRegistrationReq"},"oneOf":[{"title":"clientAppRegistrationResSuccess","description":"JSON-RPC 2.0 success response envelope.","type":"object","properties":{"jsonrpc":{"title":"jsonrpc","description":"The JSON-RPC protocol version; exactly \"2.0\".","type":"string","const":"2.0"},"id":{"title":"JsonRpcId","description":"Request identifier, echoed in the response: a string or a number.","type":["string","number"]},"result":{"title":"clientAppRegistrationResResult","description":"Client Application Registration response.","type":"object","properties":{"code":{"title":"code","type":"integer","const":200,"x-omaspec-source":{"cr":"000_405bc08fdded4f6d.txt","section":"10.1.5","line":46}},"message":{"title":"message","description":"Corresponds to the  “desc” parameter","type":"string","x-omaspec-source":{"cr":"000_405bc08fdded4f6d.txt","section":"10.1.5","line":47}},"clientAppToken":{"title":"clientAppToken","type":"string","x-omaspec-source":{"cr":"000_405bc08fdded4f6d.txt","section":"10.1.5","line":48}},"aoiServerUrl":{"title":"aoiServerUrl","type":"string","format":"uri","x-omaspec-source":{"cr":"000_405bc08fdded4f6d.txt","section":"10.1.5","line":49}}},"required":["code","message","clientAppToken"],"additionalProperties":false}},"required":["jsonrpc","id","result"],"additionalProperties":false},{"title":"clientAppRegistrationResError","description":"JSON-RPC 2.0 error response envelope.","type":"object","properties":{"jsonrpc":{"title":"jsonrpc","description":"The JSON-RPC protocol version; exactly \"2.0\".","type":"string","const":"2.0"},"id":{"title":"JsonRpcResponseId","description":"The id of the request answered; null when it could not be read.","type":["string","number","null"]},"error":{"title":"clientAppRegistrationResError","description":"Client Application Registration response.","type":"object","properties":{"code":{"title":"code","type":"integer","x-omaspec-source":{"cr":"000_405bc08fdded4f6d.txt","section":"10.1.5","line":46}},"message":{"title":"message","description":"Corresponds to the  “desc” parameter","type":"string","x-omaspec-source":{"cr":"000_405bc08fdded4f6d.txt","section":"10.1.5","line":47}},"data":{"title":"data","description":"Additional information about the error (JSON-RPC 2.0 §5.1), e.g. the validation issues of an invalid request.","x-omaspec-source":{"cr":"000_405bc08fdded4f6d.txt","section":"10.1.5","line":46}}},"required":["code","message"],"additionalProperties":false}},"required":["jsonrpc","id","error"],"additionalProperties":false}]};
const formats0 = require("ajv-formats/dist/formats").fullFormats.uri;

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://omaspec.dev/schemas/aoi1/clientAppRegistrationRes.schema.json" */;
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.jsonrpc === undefined){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "jsonrpc"},message:"must have required property '"+"jsonrpc"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.result === undefined){
const err2 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "result"},message:"must have required property '"+"result"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "jsonrpc") || (key0 === "id")) || (key0 === "result"))){
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
if(data.jsonrpc !== undefined){
let data0 = data.jsonrpc;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/jsonrpc",schemaPath:"#/oneOf/0/properties/jsonrpc/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if("2.0" !== data0){
const err5 = {instancePath:instancePath+"/jsonrpc",schemaPath:"#/oneOf/0/properties/jsonrpc/const",keyword:"const",params:{allowedValue: "2.0"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if((typeof data1 !== "string") && (!((typeof data1 == "number") && (isFinite(data1))))){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/oneOf/0/properties/id/type",keyword:"type",params:{type: schema18.oneOf[0].properties.id.type},message:"must be string,number"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.result !== undefined){
let data2 = data.result;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.code === undefined){
const err7 = {instancePath:instancePath+"/result",schemaPath:"#/oneOf/0/properties/result/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data2.message === undefined){
const err8 = {instancePath:instancePath+"/result",schemaPath:"#/oneOf/0/properties/result/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2.clientAppToken === undefined){
const err9 = {instancePath:instancePath+"/result",schemaPath:"#/oneOf/0/properties/result/required",keyword:"required",params:{missingProperty: "clientAppToken"},message:"must have required property '"+"clientAppToken"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data2){
if(!((((key1 === "code") || (key1 === "message")) || (key1 === "clientAppToken")) || (key1 === "aoiServerUrl"))){
const err10 = {instancePath:instancePath+"/result",schemaPath:"#/oneOf/0/properties/result/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data2.code !== undefined){
let data3 = data2.code;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err11 = {instancePath:instancePath+"/result/code",schemaPath:"#/oneOf/0/properties/result/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(200 !== data3){
const err12 = {instancePath:instancePath+"/result/code",schemaPath:"#/oneOf/0/properties/result/properties/code/const",keyword:"const",params:{allowedValue: 200},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data2.message !== undefined){
if(typeof data2.message !== "string"){
const err13 = {instancePath:instancePath+"/result/message",schemaPath:"#/oneOf/0/properties/result/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data2.clientAppToken !== undefined){
if(typeof data2.clientAppToken !== "string"){
const err14 = {instancePath:instancePath+"/result/clientAppToken",schemaPath:"#/oneOf/0/properties/result/properties/clientAppToken/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data2.aoiServerUrl !== undefined){
let data6 = data2.aoiServerUrl;
if(typeof data6 === "string"){
if(!(formats0(data6))){
const err15 = {instancePath:instancePath+"/result/aoiServerUrl",schemaPath:"#/oneOf/0/properties/result/properties/aoiServerUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/result/aoiServerUrl",schemaPath:"#/oneOf/0/properties/result/properties/aoiServerUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/result",schemaPath:"#/oneOf/0/properties/result/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs19 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.jsonrpc === undefined){
const err19 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "jsonrpc"},message:"must have required property '"+"jsonrpc"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data.id === undefined){
const err20 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data.error === undefined){
const err21 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "error"},message:"must have required property '"+"error"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
for(const key2 in data){
if(!(((key2 === "jsonrpc") || (key2 === "id")) || (key2 === "error"))){
const err22 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.jsonrpc !== undefined){
let data7 = data.jsonrpc;
if(typeof data7 !== "string"){
const err23 = {instancePath:instancePath+"/jsonrpc",schemaPath:"#/oneOf/1/properties/jsonrpc/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if("2.0" !== data7){
const err24 = {instancePath:instancePath+"/jsonrpc",schemaPath:"#/oneOf/1/properties/jsonrpc/const",keyword:"const",params:{allowedValue: "2.0"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.id !== undefined){
let data8 = data.id;
if(((typeof data8 !== "string") && (!((typeof data8 == "number") && (isFinite(data8))))) && (data8 !== null)){
const err25 = {instancePath:instancePath+"/id",schemaPath:"#/oneOf/1/properties/id/type",keyword:"type",params:{type: schema18.oneOf[1].properties.id.type},message:"must be string,number,null"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.error !== undefined){
let data9 = data.error;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.code === undefined){
const err26 = {instancePath:instancePath+"/error",schemaPath:"#/oneOf/1/properties/error/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data9.message === undefined){
const err27 = {instancePath:instancePath+"/error",schemaPath:"#/oneOf/1/properties/error/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
for(const key3 in data9){
if(!(((key3 === "code") || (key3 === "message")) || (key3 === "data"))){
const err28 = {instancePath:instancePath+"/error",schemaPath:"#/oneOf/1/properties/error/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data9.code !== undefined){
let data10 = data9.code;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err29 = {instancePath:instancePath+"/error/code",schemaPath:"#/oneOf/1/properties/error/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data9.message !== undefined){
if(typeof data9.message !== "string"){
const err30 = {instancePath:instancePath+"/error/message",schemaPath:"#/oneOf/1/properties/error/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/error",schemaPath:"#/oneOf/1/properties/error/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var _valid0 = _errs19 === errors;
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
const err33 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
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
validate17.errors = vErrors;
return errors === 0;
}

export const ajvCheckNotificationDeliveryReq = validate18;
const schema19 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://omaspec.dev/schemas/aoi1/notificationDeliveryReq.schema.json","title":"notificationDeliveryReq","description":"Notification delivery request.","x-omaspec":{"interface":"aoi1","name":"notificationDeliveryReq","id":"notificationDeliveryReq","typeName":"NotificationDeliveryReq","envelope":"jsonrpc","kind":"request","direction":"serverToClient","source":{"cr":"extensions/notifications.yaml","section":"extension:notifications","line":99},"method":"notificationDeliveryReq","response":"notificationDeliveryRes","provisional":true},"type":"object","properties":{"jsonrpc":{"title":"jsonrpc","description":"The JSON-RPC protocol version; exactly \"2.0\".","type":"string","const":"2.0"},"method":{"title":"method","description":"The JSON-RPC method.","type":"string","const":"notificationDeliveryReq"},"id":{"title":"JsonRpcId","description":"Request identifier, echoed in the response: a string or a number.","type":["string","number"]},"params":{"title":"notificationDeliveryReqParams","description":"Notification delivery request.","type":"object","properties":{"clientAppToken":{"title":"clientAppToken","description":"The Client Application Token the notification is addressed to.","type":"string","minLength":1,"x-omaspec-source":{"cr":"extensions/notifications.yaml","section":"extension:notifications","line":110}},"payload":{"title":"payload","description":"The notification content as submitted.","type":"object","x-omaspec-source":{"cr":"extensions/notifications.yaml","section":"extension:notifications","line":114}},"priority":{"title":"priority","description":"The submitted priority (5 when the submitter gave none).","type":"integer","minimum":0,"maximum":9,"x-omaspec-source":{"cr":"extensions/notifications.yaml","section":"extension:notifications","line":118}},"notificationId":{"title":"notificationId","description":"Identifies the notification; a client that sees an id again acknowledges it without forwarding it twice.","type":"string","minLength":1,"x-omaspec-source":{"cr":"extensions/notifications.yaml","section":"extension:notifications","line":122}}},"required":["clientAppToken","payload","priority","notificationId"],"additionalProperties":false}},"required":["jsonrpc","method","id","params"],"additionalProperties":false};
const func2 = require("ajv/dist/runtime/ucs2length").default;

function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://omaspec.dev/schemas/aoi1/notificationDeliveryReq.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.jsonrpc === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "jsonrpc"},message:"must have required property '"+"jsonrpc"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.method === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "method"},message:"must have required property '"+"method"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.id === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.params === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "params"},message:"must have required property '"+"params"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "jsonrpc") || (key0 === "method")) || (key0 === "id")) || (key0 === "params"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.jsonrpc !== undefined){
let data0 = data.jsonrpc;
if(typeof data0 !== "string"){
const err5 = {instancePath:instancePath+"/jsonrpc",schemaPath:"#/properties/jsonrpc/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if("2.0" !== data0){
const err6 = {instancePath:instancePath+"/jsonrpc",schemaPath:"#/properties/jsonrpc/const",keyword:"const",params:{allowedValue: "2.0"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.method !== undefined){
let data1 = data.method;
if(typeof data1 !== "string"){
const err7 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if("notificationDeliveryReq" !== data1){
const err8 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/const",keyword:"const",params:{allowedValue: "notificationDeliveryReq"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.id !== undefined){
let data2 = data.id;
if((typeof data2 !== "string") && (!((typeof data2 == "number") && (isFinite(data2))))){
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: schema19.properties.id.type},message:"must be string,number"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.params !== undefined){
let data3 = data.params;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.clientAppToken === undefined){
const err10 = {instancePath:instancePath+"/params",schemaPath:"#/properties/params/required",keyword:"required",params:{missingProperty: "clientAppToken"},message:"must have required property '"+"clientAppToken"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data3.payload === undefined){
const err11 = {instancePath:instancePath+"/params",schemaPath:"#/properties/params/required",keyword:"required",params:{missingProperty: "payload"},message:"must have required property '"+"payload"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data3.priority === undefined){
const err12 = {instancePath:instancePath+"/params",schemaPath:"#/properties/params/required",keyword:"required",params:{missingProperty: "priority"},message:"must have required property '"+"priority"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data3.notificationId === undefined){
const err13 = {instancePath:instancePath+"/params",schemaPath:"#/properties/params/required",keyword:"required",params:{missingProperty: "notificationId"},message:"must have required property '"+"notificationId"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key1 in data3){
if(!((((key1 === "clientAppToken") || (key1 === "payload")) || (key1 === "priority")) || (key1 === "notificationId"))){
const err14 = {instancePath:instancePath+"/params",schemaPath:"#/properties/params/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data3.clientAppToken !== undefined){
let data4 = data3.clientAppToken;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err15 = {instancePath:instancePath+"/params/clientAppToken",schemaPath:"#/properties/params/properties/clientAppToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/params/clientAppToken",schemaPath:"#/properties/params/properties/clientAppToken/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data3.payload !== undefined){
let data5 = data3.payload;
if(!(data5 && typeof data5 == "object" && !Array.isArray(data5))){
const err17 = {instancePath:instancePath+"/params/payload",schemaPath:"#/properties/params/properties/payload/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data3.priority !== undefined){
let data6 = data3.priority;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err18 = {instancePath:instancePath+"/params/priority",schemaPath:"#/properties/params/properties/priority/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 9 || isNaN(data6)){
const err19 = {instancePath:instancePath+"/params/priority",schemaPath:"#/properties/params/properties/priority/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9},message:"must be <= 9"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data6 < 0 || isNaN(data6)){
const err20 = {instancePath:instancePath+"/params/priority",schemaPath:"#/properties/params/properties/priority/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data3.notificationId !== undefined){
let data7 = data3.notificationId;
if(typeof data7 === "string"){
if(func2(data7) < 1){
const err21 = {instancePath:instancePath+"/params/notificationId",schemaPath:"#/properties/params/properties/notificationId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/params/notificationId",schemaPath:"#/properties/params/properties/notificationId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/params",schemaPath:"#/properties/params/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
else {
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate18.errors = vErrors;
return errors === 0;
}

export const ajvCheckNotificationDeliveryRes = validate19;
const schema20 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://omaspec.dev/schemas/aoi1/notificationDeliveryRes.schema.json","title":"notificationDeliveryRes","description":"Notification delivery response.","x-omaspec":{"interface":"aoi1","name":"notificationDeliveryRes","id":"notificationDeliveryRes","typeName":"NotificationDeliveryRes","envelope":"jsonrpc","kind":"response","direction":"clientToServer","source":{"cr":"extensions/notifications.yaml","section":"extension:notifications","line":131},"method":"notificationDeliveryReq","responseTo":"notificationDeliveryReq","provisional":true},"oneOf":[{"title":"notificationDeliveryResSuccess","description":"JSON-RPC 2.0 success response envelope.","type":"object","properties":{"jsonrpc":{"title":"jsonrpc","description":"The JSON-RPC protocol version; exactly \"2.0\".","type":"string","const":"2.0"},"id":{"title":"JsonRpcId","description":"Request identifier, echoed in the response: a string or a number.","type":["string","number"]},"result":{"title":"notificationDeliveryResResult","description":"Notification delivery response.","type":"object","properties":{"code":{"title":"code","description":"200, forwarded to every matching Client Application instance.","type":"integer","const":200,"x-omaspec-source":{"cr":"extensions/notifications.yaml","section":"extension:notifications","line":142}},"message":{"title":"message","description":"Textual description of the outcome.","type":"string","x-omaspec-source":{"cr":"extensions/notifications.yaml","section":"extension:notifications","line":146}}},"required":["code","message"],"additionalProperties":false}},"required":["jsonrpc","id","result"],"additionalProperties":false},{"title":"notificationDeliveryResError","description":"JSON-RPC 2.0 error response envelope.","type":"object","properties":{"jsonrpc":{"title":"jsonrpc","description":"The JSON-RPC protocol version; exactly \"2.0\".","type":"string","const":"2.0"},"id":{"title":"JsonRpcResponseId","description":"The id of the request answered; null when it could not be read.","type":["string","number","null"]},"error":{"title":"notificationDeliveryResError","description":"Notification delivery response.","type":"object","properties":{"code":{"title":"code","description":"404 when no Client Application instance matches the token; 503 when the client cannot take it now.","type":"integer","minimum":400,"maximum":599,"x-omaspec-source":{"cr":"extensions/notifications.yaml","section":"extension:notifications","line":152}},"message":{"title":"message","description":"Textual description of the outcome.","type":"string","x-omaspec-source":{"cr":"extensions/notifications.yaml","section":"extension:notifications","line":156}},"data":{"title":"data","description":"Additional information about the error (JSON-RPC 2.0 §5.1), e.g. the validation issues of an invalid request.","x-omaspec-source":{"cr":"extensions/notifications.yaml","section":"extension:notifications","line":150}}},"required":["code","message"],"additionalProperties":false}},"required":["jsonrpc","id","error"],"additionalProperties":false}]};

function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://omaspec.dev/schemas/aoi1/notificationDeliveryRes.schema.json" */;
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.jsonrpc === undefined){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "jsonrpc"},message:"must have required property '"+"jsonrpc"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.result === undefined){
const err2 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "result"},message:"must have required property '"+"result"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "jsonrpc") || (key0 === "id")) || (key0 === "result"))){
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
if(data.jsonrpc !== undefined){
let data0 = data.jsonrpc;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/jsonrpc",schemaPath:"#/oneOf/0/properties/jsonrpc/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if("2.0" !== data0){
const err5 = {instancePath:instancePath+"/jsonrpc",schemaPath:"#/oneOf/0/properties/jsonrpc/const",keyword:"const",params:{allowedValue: "2.0"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if((typeof data1 !== "string") && (!((typeof data1 == "number") && (isFinite(data1))))){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/oneOf/0/properties/id/type",keyword:"type",params:{type: schema20.oneOf[0].properties.id.type},message:"must be string,number"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.result !== undefined){
let data2 = data.result;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.code === undefined){
const err7 = {instancePath:instancePath+"/result",schemaPath:"#/oneOf/0/properties/result/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data2.message === undefined){
const err8 = {instancePath:instancePath+"/result",schemaPath:"#/oneOf/0/properties/result/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key1 in data2){
if(!((key1 === "code") || (key1 === "message"))){
const err9 = {instancePath:instancePath+"/result",schemaPath:"#/oneOf/0/properties/result/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data2.code !== undefined){
let data3 = data2.code;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err10 = {instancePath:instancePath+"/result/code",schemaPath:"#/oneOf/0/properties/result/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(200 !== data3){
const err11 = {instancePath:instancePath+"/result/code",schemaPath:"#/oneOf/0/properties/result/properties/code/const",keyword:"const",params:{allowedValue: 200},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data2.message !== undefined){
if(typeof data2.message !== "string"){
const err12 = {instancePath:instancePath+"/result/message",schemaPath:"#/oneOf/0/properties/result/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err13 = {instancePath:instancePath+"/result",schemaPath:"#/oneOf/0/properties/result/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const _errs15 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.jsonrpc === undefined){
const err15 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "jsonrpc"},message:"must have required property '"+"jsonrpc"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data.id === undefined){
const err16 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data.error === undefined){
const err17 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "error"},message:"must have required property '"+"error"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
for(const key2 in data){
if(!(((key2 === "jsonrpc") || (key2 === "id")) || (key2 === "error"))){
const err18 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.jsonrpc !== undefined){
let data5 = data.jsonrpc;
if(typeof data5 !== "string"){
const err19 = {instancePath:instancePath+"/jsonrpc",schemaPath:"#/oneOf/1/properties/jsonrpc/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if("2.0" !== data5){
const err20 = {instancePath:instancePath+"/jsonrpc",schemaPath:"#/oneOf/1/properties/jsonrpc/const",keyword:"const",params:{allowedValue: "2.0"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.id !== undefined){
let data6 = data.id;
if(((typeof data6 !== "string") && (!((typeof data6 == "number") && (isFinite(data6))))) && (data6 !== null)){
const err21 = {instancePath:instancePath+"/id",schemaPath:"#/oneOf/1/properties/id/type",keyword:"type",params:{type: schema20.oneOf[1].properties.id.type},message:"must be string,number,null"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.error !== undefined){
let data7 = data.error;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.code === undefined){
const err22 = {instancePath:instancePath+"/error",schemaPath:"#/oneOf/1/properties/error/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data7.message === undefined){
const err23 = {instancePath:instancePath+"/error",schemaPath:"#/oneOf/1/properties/error/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key3 in data7){
if(!(((key3 === "code") || (key3 === "message")) || (key3 === "data"))){
const err24 = {instancePath:instancePath+"/error",schemaPath:"#/oneOf/1/properties/error/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data7.code !== undefined){
let data8 = data7.code;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err25 = {instancePath:instancePath+"/error/code",schemaPath:"#/oneOf/1/properties/error/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 599 || isNaN(data8)){
const err26 = {instancePath:instancePath+"/error/code",schemaPath:"#/oneOf/1/properties/error/properties/code/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data8 < 400 || isNaN(data8)){
const err27 = {instancePath:instancePath+"/error/code",schemaPath:"#/oneOf/1/properties/error/properties/code/minimum",keyword:"minimum",params:{comparison: ">=", limit: 400},message:"must be >= 400"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
if(data7.message !== undefined){
if(typeof data7.message !== "string"){
const err28 = {instancePath:instancePath+"/error/message",schemaPath:"#/oneOf/1/properties/error/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/error",schemaPath:"#/oneOf/1/properties/error/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid0 = _errs15 === errors;
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
const err31 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
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
validate19.errors = vErrors;
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

const $m0_source2 = {"cr":"002_c738242bc884de22.txt","section":"10.1.2","line":168};
const $m0_source4 = {"cr":"002_c738242bc884de22.txt","section":"10.1.2","line":175};
const $m0_source7 = {"cr":"002_c738242bc884de22.txt","section":"10.1.2","line":160};
function $m0_check($m0_data0) {
const $m0_issues1 = [];
if ((typeof $m0_data0 === 'object' && $m0_data0 !== null && !Array.isArray($m0_data0))) {
const $m0_v3 = $m0_data0["messageType"];
if ($m0_v3 === undefined) $m0_issues1.push({ path: "/messageType", rule: "required", message: "must have required property 'messageType'", source: $m0_source2 });
const $m0_v5 = $m0_data0["clientID"];
if ($m0_v5 === undefined) $m0_issues1.push({ path: "/clientID", rule: "required", message: "must have required property 'clientID'", source: $m0_source4 });
for (const $m0_key6 in $m0_data0) if ($m0_key6 !== "messageType" && $m0_key6 !== "clientID") $m0_issues1.push({ path: "/" + $m0_key6, rule: "additionalProperties", message: "unknown property '" + $m0_key6 + "'", source: $m0_source7 });
if ($m0_v3 !== undefined) {
if (!(typeof $m0_v3 === 'string')) $m0_issues1.push({ path: "/messageType", rule: "type", message: "must be string", source: $m0_source2 });
if (!($m0_v3 === "aoiClientDeregistrationReq")) $m0_issues1.push({ path: "/messageType", rule: "const", message: "must be \"aoiClientDeregistrationReq\"", source: $m0_source2 });
}
if ($m0_v5 !== undefined) {
if (!(typeof $m0_v5 === 'string')) $m0_issues1.push({ path: "/clientID", rule: "type", message: "must be string", source: $m0_source4 });
}
} else $m0_issues1.push({ path: "", rule: "type", message: "must be object", source: $m0_source7 });
if ($m0_issues1.length === 0) return null;
return $m0_issues1;
}
let $m0_rejected = $accepted;
/** The issues validate… reports (null when valid), as toIssues makes them of ajv's errors. */
export function issuesAoiClientDeregistrationReq(data) {
  const issues = $m0_check(data);
  $m0_rejected = issues === null ? $accepted : data;
  return issues;
}
export const checkAoiClientDeregistrationReq = function checkAoiClientDeregistrationReq(data) {
  return issuesAoiClientDeregistrationReq(data) === null;
};
Object.defineProperty(checkAoiClientDeregistrationReq, 'errors', {
  get: () => ($m0_rejected === $accepted || ajvCheckAoiClientDeregistrationReq($m0_rejected) ? null : ajvCheckAoiClientDeregistrationReq.errors),
});

const $m1_source2 = {"cr":"002_c738242bc884de22.txt","section":"10.1.2","line":203};
const $m1_source4 = {"cr":"002_c738242bc884de22.txt","section":"10.1.2","line":210};
const $m1_source6 = {"cr":"002_c738242bc884de22.txt","section":"10.1.2","line":215};
const $m1_source9 = {"cr":"002_c738242bc884de22.txt","section":"10.1.2","line":195};
function $m1_check($m1_data0) {
const $m1_issues1 = [];
if ((typeof $m1_data0 === 'object' && $m1_data0 !== null && !Array.isArray($m1_data0))) {
const $m1_v3 = $m1_data0["messageType"];
if ($m1_v3 === undefined) $m1_issues1.push({ path: "/messageType", rule: "required", message: "must have required property 'messageType'", source: $m1_source2 });
const $m1_v5 = $m1_data0["code"];
if ($m1_v5 === undefined) $m1_issues1.push({ path: "/code", rule: "required", message: "must have required property 'code'", source: $m1_source4 });
const $m1_v7 = $m1_data0["desc"];
if ($m1_v7 === undefined) $m1_issues1.push({ path: "/desc", rule: "required", message: "must have required property 'desc'", source: $m1_source6 });
for (const $m1_key8 in $m1_data0) if ($m1_key8 !== "messageType" && $m1_key8 !== "code" && $m1_key8 !== "desc") $m1_issues1.push({ path: "/" + $m1_key8, rule: "additionalProperties", message: "unknown property '" + $m1_key8 + "'", source: $m1_source9 });
if ($m1_v3 !== undefined) {
if (!(typeof $m1_v3 === 'string')) $m1_issues1.push({ path: "/messageType", rule: "type", message: "must be string", source: $m1_source2 });
if (!($m1_v3 === "aoiClientDeregistrationRes")) $m1_issues1.push({ path: "/messageType", rule: "const", message: "must be \"aoiClientDeregistrationRes\"", source: $m1_source2 });
}
if ($m1_v5 !== undefined) {
if (!(Number.isInteger($m1_v5))) $m1_issues1.push({ path: "/code", rule: "type", message: "must be integer", source: $m1_source4 });
}
if ($m1_v7 !== undefined) {
if (!(typeof $m1_v7 === 'string')) $m1_issues1.push({ path: "/desc", rule: "type", message: "must be string", source: $m1_source6 });
}
} else $m1_issues1.push({ path: "", rule: "type", message: "must be object", source: $m1_source9 });
if ($m1_issues1.length === 0) return null;
return $m1_issues1;
}
let $m1_rejected = $accepted;
/** The issues validate… reports (null when valid), as toIssues makes them of ajv's errors. */
export function issuesAoiClientDeregistrationRes(data) {
  const issues = $m1_check(data);
  $m1_rejected = issues === null ? $accepted : data;
  return issues;
}
export const checkAoiClientDeregistrationRes = function checkAoiClientDeregistrationRes(data) {
  return issuesAoiClientDeregistrationRes(data) === null;
};
Object.defineProperty(checkAoiClientDeregistrationRes, 'errors', {
  get: () => ($m1_rejected === $accepted || ajvCheckAoiClientDeregistrationRes($m1_rejected) ? null : ajvCheckAoiClientDeregistrationRes.errors),
});

const $m2_source2 = {"cr":"002_c738242bc884de22.txt","section":"10.1.1","line":40};
const $m2_source4 = {"cr":"002_c738242bc884de22.txt","section":"10.1.1","line":47};
const $m2_source7 = {"cr":"002_c738242bc884de22.txt","section":"10.1.1","line":32};
function $m2_check($m2_data0) {
const $m2_issues1 = [];
if ((typeof $m2_data0 === 'object' && $m2_data0 !== null && !Array.isArray($m2_data0))) {
const $m2_v3 = $m2_data0["messageType"];
if ($m2_v3 === undefined) $m2_issues1.push({ path: "/messageType", rule: "required", message: "must have required property 'messageType'", source: $m2_source2 });
const $m2_v5 = $m2_data0["deviceNumber"];
if ($m2_v5 === undefined) $m2_issues1.push({ path: "/deviceNumber", rule: "required", message: "must have required property 'deviceNumber'", source: $m2_source4 });
for (const $m2_key6 in $m2_data0) if ($m2_key6 !== "messageType" && $m2_key6 !== "deviceNumber") $m2_issues1.push({ path: "/" + $m2_key6, rule: "additionalProperties", message: "unknown property '" + $m2_key6 + "'", source: $m2_source7 });
if ($m2_v3 !== undefined) {
if (!(typeof $m2_v3 === 'string')) $m2_issues1.push({ path: "/messageType", rule: "type", message: "must be string", source: $m2_source2 });
if (!($m2_v3 === "aoiClientRegistrationReq")) $m2_issues1.push({ path: "/messageType", rule: "const", message: "must be \"aoiClientRegistrationReq\"", source: $m2_source2 });
}
if ($m2_v5 !== undefined) {
if (!(typeof $m2_v5 === 'string')) $m2_issues1.push({ path: "/deviceNumber", rule: "type", message: "must be string", source: $m2_source4 });
}
} else $m2_issues1.push({ path: "", rule: "type", message: "must be object", source: $m2_source7 });
if ($m2_issues1.length === 0) return null;
return $m2_issues1;
}
let $m2_rejected = $accepted;
/** The issues validate… reports (null when valid), as toIssues makes them of ajv's errors. */
export function issuesAoiClientRegistrationReq(data) {
  const issues = $m2_check(data);
  $m2_rejected = issues === null ? $accepted : data;
  return issues;
}
export const checkAoiClientRegistrationReq = function checkAoiClientRegistrationReq(data) {
  return issuesAoiClientRegistrationReq(data) === null;
};
Object.defineProperty(checkAoiClientRegistrationReq, 'errors', {
  get: () => ($m2_rejected === $accepted || ajvCheckAoiClientRegistrationReq($m2_rejected) ? null : ajvCheckAoiClientRegistrationReq.errors),
});

function $m3_check7($m3_v8) {
if (!((typeof $m3_v8 === 'object' && $m3_v8 !== null && !Array.isArray($m3_v8)))) return false;
{
const $m3_v9 = $m3_v8["messageType"];
if ($m3_v9 === undefined) return false;
if (!($m3_v9 === "aoiClientRegistrationRes")) return false;
}
{
const $m3_v10 = $m3_v8["clientID"];
if ($m3_v10 === undefined) return false;
if (!(typeof $m3_v10 === 'string')) return false;
}
{
const $m3_v11 = $m3_v8["code"];
if ($m3_v11 === undefined) return false;
if (!($m3_v11 === 200)) return false;
}
{
const $m3_v12 = $m3_v8["desc"];
if ($m3_v12 === undefined) return false;
if (!(typeof $m3_v12 === 'string')) return false;
}
for (const $m3_key13 in $m3_v8) if ($m3_key13 !== "messageType" && $m3_key13 !== "clientID" && $m3_key13 !== "code" && $m3_key13 !== "desc") return false;
return true;
}
function $m3_check14($m3_v15) {
if (!((typeof $m3_v15 === 'object' && $m3_v15 !== null && !Array.isArray($m3_v15)))) return false;
{
const $m3_v16 = $m3_v15["messageType"];
if ($m3_v16 === undefined) return false;
if (!($m3_v16 === "aoiClientRegistrationRes")) return false;
}
{
const $m3_v17 = $m3_v15["code"];
if ($m3_v17 === undefined) return false;
if (!(Number.isInteger($m3_v17))) return false;
if ($m3_v17 > 599) return false;
if ($m3_v17 < 400) return false;
}
{
const $m3_v18 = $m3_v15["desc"];
if ($m3_v18 === undefined) return false;
if (!(typeof $m3_v18 === 'string')) return false;
}
for (const $m3_key19 in $m3_v15) if ($m3_key19 !== "messageType" && $m3_key19 !== "code" && $m3_key19 !== "desc") return false;
return true;
}
const $m3_source20 = {"cr":"002_c738242bc884de22.txt","section":"10.1.1","line":74};
const $m3_source22 = {"cr":"002_c738242bc884de22.txt","section":"10.1.1","line":81};
const $m3_source24 = {"cr":"002_c738242bc884de22.txt","section":"10.1.1","line":86};
const $m3_source26 = {"cr":"002_c738242bc884de22.txt","section":"10.1.1","line":92};
const $m3_source29 = {"cr":"002_c738242bc884de22.txt","section":"10.1.1","line":66};
const $m3_source30 = {"cr":"002_c738242bc884de22.txt","section":"10.1.1","line":124};
const $m3_source32 = {"cr":"002_c738242bc884de22.txt","section":"10.1.1","line":131};
const $m3_source34 = {"cr":"002_c738242bc884de22.txt","section":"10.1.1","line":136};
function $m3_check($m3_data0) {
const $m3_issues1 = [];
let $marks;
const $m3_passes2 = $m3_check7($m3_data0);
const $m3_passes3 = $m3_check14($m3_data0);
if (!(($m3_passes2 ? 1 : 0) + ($m3_passes3 ? 1 : 0) === 1)) {
let $m3_passing6 = 0;
const $m3_mark4 = $m3_issues1.length;
if ($m3_passes2) $m3_passing6++;
else {
if ((typeof $m3_data0 === 'object' && $m3_data0 !== null && !Array.isArray($m3_data0))) {
const $m3_v21 = $m3_data0["messageType"];
if ($m3_v21 === undefined) $m3_issues1.push({ path: "/messageType", rule: "required", message: "must have required property 'messageType'", source: $m3_source20 });
const $m3_v23 = $m3_data0["clientID"];
if ($m3_v23 === undefined) $m3_issues1.push({ path: "/clientID", rule: "required", message: "must have required property 'clientID'", source: $m3_source22 });
const $m3_v25 = $m3_data0["code"];
if ($m3_v25 === undefined) $m3_issues1.push({ path: "/code", rule: "required", message: "must have required property 'code'", source: $m3_source24 });
const $m3_v27 = $m3_data0["desc"];
if ($m3_v27 === undefined) $m3_issues1.push({ path: "/desc", rule: "required", message: "must have required property 'desc'", source: $m3_source26 });
for (const $m3_key28 in $m3_data0) if ($m3_key28 !== "messageType" && $m3_key28 !== "clientID" && $m3_key28 !== "code" && $m3_key28 !== "desc") $m3_issues1.push({ path: "/" + $m3_key28, rule: "additionalProperties", message: "unknown property '" + $m3_key28 + "'", source: $m3_source29 });
if ($m3_v21 !== undefined) {
if (!(typeof $m3_v21 === 'string')) $m3_issues1.push({ path: "/messageType", rule: "type", message: "must be string", source: $m3_source20 });
if (!($m3_v21 === "aoiClientRegistrationRes")) $m3_issues1.push({ path: "/messageType", rule: "const", message: "must be \"aoiClientRegistrationRes\"", source: $m3_source20 });
}
if ($m3_v23 !== undefined) {
if (!(typeof $m3_v23 === 'string')) $m3_issues1.push({ path: "/clientID", rule: "type", message: "must be string", source: $m3_source22 });
}
if ($m3_v25 !== undefined) {
if (!(Number.isInteger($m3_v25))) $m3_issues1.push({ path: "/code", rule: "type", message: "must be integer", source: $m3_source24 });
if (!($m3_v25 === 200)) $m3_issues1.push({ path: "/code", rule: "enum", message: "must be equal to one of the allowed values", source: $m3_source24 });
}
if ($m3_v27 !== undefined) {
if (!(typeof $m3_v27 === 'string')) $m3_issues1.push({ path: "/desc", rule: "type", message: "must be string", source: $m3_source26 });
}
} else $m3_issues1.push({ path: "", rule: "type", message: "must be object", source: $m3_source29 });
}
const $m3_mark5 = $m3_issues1.length;
if ($m3_passing6 < 2) {
if ($m3_passes3) $m3_passing6++;
else {
if ((typeof $m3_data0 === 'object' && $m3_data0 !== null && !Array.isArray($m3_data0))) {
const $m3_v31 = $m3_data0["messageType"];
if ($m3_v31 === undefined) $m3_issues1.push({ path: "/messageType", rule: "required", message: "must have required property 'messageType'", source: $m3_source30 });
const $m3_v33 = $m3_data0["code"];
if ($m3_v33 === undefined) $m3_issues1.push({ path: "/code", rule: "required", message: "must have required property 'code'", source: $m3_source32 });
const $m3_v35 = $m3_data0["desc"];
if ($m3_v35 === undefined) $m3_issues1.push({ path: "/desc", rule: "required", message: "must have required property 'desc'", source: $m3_source34 });
for (const $m3_key36 in $m3_data0) if ($m3_key36 !== "messageType" && $m3_key36 !== "code" && $m3_key36 !== "desc") $m3_issues1.push({ path: "/" + $m3_key36, rule: "additionalProperties", message: "unknown property '" + $m3_key36 + "'", source: $m3_source29 });
if ($m3_v31 !== undefined) {
if (!(typeof $m3_v31 === 'string')) $m3_issues1.push({ path: "/messageType", rule: "type", message: "must be string", source: $m3_source30 });
if (!($m3_v31 === "aoiClientRegistrationRes")) $m3_issues1.push({ path: "/messageType", rule: "const", message: "must be \"aoiClientRegistrationRes\"", source: $m3_source30 });
}
if ($m3_v33 !== undefined) {
if (!(Number.isInteger($m3_v33))) $m3_issues1.push({ path: "/code", rule: "type", message: "must be integer", source: $m3_source32 });
if (typeof $m3_v33 === 'number' && isFinite($m3_v33)) {
if ($m3_v33 > 599) $m3_issues1.push({ path: "/code", rule: "maximum", message: "must be <= 599", source: $m3_source32 });
if ($m3_v33 < 400) $m3_issues1.push({ path: "/code", rule: "minimum", message: "must be >= 400", source: $m3_source32 });
}
}
if ($m3_v35 !== undefined) {
if (!(typeof $m3_v35 === 'string')) $m3_issues1.push({ path: "/desc", rule: "type", message: "must be string", source: $m3_source34 });
}
} else $m3_issues1.push({ path: "", rule: "type", message: "must be object", source: $m3_source29 });
}
}
$marks = [$m3_mark4, $m3_mark5, $m3_issues1.length];
$m3_issues1.push({ path: "", rule: "oneOf", message: "must match exactly one schema in oneOf", source: $m3_source29 });
}
if ($m3_issues1.length === 0) return null;
return $marks === undefined ? $m3_issues1 : $closestBranch($m3_issues1, $marks);
}
let $m3_rejected = $accepted;
/** The issues validate… reports (null when valid), as toIssues makes them of ajv's errors. */
export function issuesAoiClientRegistrationRes(data) {
  const issues = $m3_check(data);
  $m3_rejected = issues === null ? $accepted : data;
  return issues;
}
export const checkAoiClientRegistrationRes = function checkAoiClientRegistrationRes(data) {
  return issuesAoiClientRegistrationRes(data) === null;
};
Object.defineProperty(checkAoiClientRegistrationRes, 'errors', {
  get: () => ($m3_rejected === $accepted || ajvCheckAoiClientRegistrationRes($m3_rejected) ? null : ajvCheckAoiClientRegistrationRes.errors),
});

const $m4_source2 = {"cr":"000_405bc08fdded4f6d.txt","section":"10.1.6","line":82};
const $m4_source8 = {"cr":"000_405bc08fdded4f6d.txt","section":"10.1.6","line":86};
const $m4_source10 = {"cr":"000_405bc08fdded4f6d.txt","section":"10.1.6","line":87};
function $m4_check($m4_data0) {
const $m4_issues1 = [];
if ((typeof $m4_data0 === 'object' && $m4_data0 !== null && !Array.isArray($m4_data0))) {
const $m4_v3 = $m4_data0["jsonrpc"];
if ($m4_v3 === undefined) $m4_issues1.push({ path: "/jsonrpc", rule: "required", message: "must have required property 'jsonrpc'", source: $m4_source2 });
const $m4_v4 = $m4_data0["method"];
if ($m4_v4 === undefined) $m4_issues1.push({ path: "/method", rule: "required", message: "must have required property 'method'", source: $m4_source2 });
const $m4_v5 = $m4_data0["id"];
if ($m4_v5 === undefined) $m4_issues1.push({ path: "/id", rule: "required", message: "must have required property 'id'", source: $m4_source2 });
const $m4_v6 = $m4_data0["params"];
if ($m4_v6 === undefined) $m4_issues1.push({ path: "/params", rule: "required", message: "must have required property 'params'", source: $m4_source2 });
for (const $m4_key7 in $m4_data0) if ($m4_key7 !== "jsonrpc" && $m4_key7 !== "method" && $m4_key7 !== "id" && $m4_key7 !== "params") $m4_issues1.push({ path: "/" + $m4_key7, rule: "additionalProperties", message: "unknown property '" + $m4_key7 + "'", source: $m4_source2 });
if ($m4_v3 !== undefined) {
if (!(typeof $m4_v3 === 'string')) $m4_issues1.push({ path: "/jsonrpc", rule: "type", message: "must be string", source: $m4_source2 });
if (!($m4_v3 === "2.0")) $m4_issues1.push({ path: "/jsonrpc", rule: "const", message: "must be \"2.0\"", source: $m4_source2 });
}
if ($m4_v4 !== undefined) {
if (!(typeof $m4_v4 === 'string')) $m4_issues1.push({ path: "/method", rule: "type", message: "must be string", source: $m4_source2 });
if (!($m4_v4 === "clientAppDeregistrationReq")) $m4_issues1.push({ path: "/method", rule: "const", message: "must be \"clientAppDeregistrationReq\"", source: $m4_source2 });
}
if ($m4_v5 !== undefined) {
if (!(typeof $m4_v5 === 'string' || (typeof $m4_v5 === 'number' && isFinite($m4_v5)))) $m4_issues1.push({ path: "/id", rule: "type", message: "must be string,number", source: $m4_source2 });
}
if ($m4_v6 !== undefined) {
if ((typeof $m4_v6 === 'object' && $m4_v6 !== null && !Array.isArray($m4_v6))) {
const $m4_v9 = $m4_v6["clientID"];
if ($m4_v9 === undefined) $m4_issues1.push({ path: "/params/clientID", rule: "required", message: "must have required property 'clientID'", source: $m4_source8 });
const $m4_v11 = $m4_v6["clientAppToken"];
if ($m4_v11 === undefined) $m4_issues1.push({ path: "/params/clientAppToken", rule: "required", message: "must have required property 'clientAppToken'", source: $m4_source10 });
for (const $m4_key12 in $m4_v6) if ($m4_key12 !== "clientID" && $m4_key12 !== "clientAppToken") $m4_issues1.push({ path: "/params/" + $m4_key12, rule: "additionalProperties", message: "unknown property '" + $m4_key12 + "'", source: $m4_source2 });
if ($m4_v9 !== undefined) {
if (!(typeof $m4_v9 === 'string')) $m4_issues1.push({ path: "/params/clientID", rule: "type", message: "must be string", source: $m4_source8 });
}
if ($m4_v11 !== undefined) {
if (!(typeof $m4_v11 === 'string')) $m4_issues1.push({ path: "/params/clientAppToken", rule: "type", message: "must be string", source: $m4_source10 });
}
} else $m4_issues1.push({ path: "/params", rule: "type", message: "must be object", source: $m4_source2 });
}
} else $m4_issues1.push({ path: "", rule: "type", message: "must be object", source: $m4_source2 });
if ($m4_issues1.length === 0) return null;
return $m4_issues1;
}
let $m4_rejected = $accepted;
/** The issues validate… reports (null when valid), as toIssues makes them of ajv's errors. */
export function issuesClientAppDeregistrationReq(data) {
  const issues = $m4_check(data);
  $m4_rejected = issues === null ? $accepted : data;
  return issues;
}
export const checkClientAppDeregistrationReq = function checkClientAppDeregistrationReq(data) {
  return issuesClientAppDeregistrationReq(data) === null;
};
Object.defineProperty(checkClientAppDeregistrationReq, 'errors', {
  get: () => ($m4_rejected === $accepted || ajvCheckClientAppDeregistrationReq($m4_rejected) ? null : ajvCheckClientAppDeregistrationReq.errors),
});

function $m5_check7($m5_v8) {
if (!((typeof $m5_v8 === 'object' && $m5_v8 !== null && !Array.isArray($m5_v8)))) return false;
{
const $m5_v9 = $m5_v8["jsonrpc"];
if ($m5_v9 === undefined) return false;
if (!($m5_v9 === "2.0")) return false;
}
{
const $m5_v10 = $m5_v8["id"];
if ($m5_v10 === undefined) return false;
if (!(typeof $m5_v10 === 'string' || (typeof $m5_v10 === 'number' && isFinite($m5_v10)))) return false;
}
{
const $m5_v11 = $m5_v8["result"];
if ($m5_v11 === undefined) return false;
if (!((typeof $m5_v11 === 'object' && $m5_v11 !== null && !Array.isArray($m5_v11)))) return false;
{
const $m5_v12 = $m5_v11["code"];
if ($m5_v12 === undefined) return false;
if (!($m5_v12 === 200)) return false;
}
{
const $m5_v13 = $m5_v11["message"];
if ($m5_v13 === undefined) return false;
if (!(typeof $m5_v13 === 'string')) return false;
}
for (const $m5_key14 in $m5_v11) if ($m5_key14 !== "code" && $m5_key14 !== "message") return false;
}
for (const $m5_key15 in $m5_v8) if ($m5_key15 !== "jsonrpc" && $m5_key15 !== "id" && $m5_key15 !== "result") return false;
return true;
}
function $m5_check16($m5_v17) {
if (!((typeof $m5_v17 === 'object' && $m5_v17 !== null && !Array.isArray($m5_v17)))) return false;
{
const $m5_v18 = $m5_v17["jsonrpc"];
if ($m5_v18 === undefined) return false;
if (!($m5_v18 === "2.0")) return false;
}
{
const $m5_v19 = $m5_v17["id"];
if ($m5_v19 === undefined) return false;
if (!(typeof $m5_v19 === 'string' || (typeof $m5_v19 === 'number' && isFinite($m5_v19)) || $m5_v19 === null)) return false;
}
{
const $m5_v20 = $m5_v17["error"];
if ($m5_v20 === undefined) return false;
if (!((typeof $m5_v20 === 'object' && $m5_v20 !== null && !Array.isArray($m5_v20)))) return false;
{
const $m5_v21 = $m5_v20["code"];
if ($m5_v21 === undefined) return false;
if (!(Number.isInteger($m5_v21))) return false;
}
{
const $m5_v22 = $m5_v20["message"];
if ($m5_v22 === undefined) return false;
if (!(typeof $m5_v22 === 'string')) return false;
}
for (const $m5_key24 in $m5_v20) if ($m5_key24 !== "code" && $m5_key24 !== "message" && $m5_key24 !== "data") return false;
}
for (const $m5_key25 in $m5_v17) if ($m5_key25 !== "jsonrpc" && $m5_key25 !== "id" && $m5_key25 !== "error") return false;
return true;
}
const $m5_source26 = {"cr":"000_405bc08fdded4f6d.txt","section":"10.1.6","line":109};
const $m5_source32 = {"cr":"000_405bc08fdded4f6d.txt","section":"10.1.6","line":110};
function $m5_check($m5_data0) {
const $m5_issues1 = [];
let $marks;
const $m5_passes2 = $m5_check7($m5_data0);
const $m5_passes3 = $m5_check16($m5_data0);
if (!(($m5_passes2 ? 1 : 0) + ($m5_passes3 ? 1 : 0) === 1)) {
let $m5_passing6 = 0;
const $m5_mark4 = $m5_issues1.length;
if ($m5_passes2) $m5_passing6++;
else {
if ((typeof $m5_data0 === 'object' && $m5_data0 !== null && !Array.isArray($m5_data0))) {
const $m5_v27 = $m5_data0["jsonrpc"];
if ($m5_v27 === undefined) $m5_issues1.push({ path: "/jsonrpc", rule: "required", message: "must have required property 'jsonrpc'", source: $m5_source26 });
const $m5_v28 = $m5_data0["id"];
if ($m5_v28 === undefined) $m5_issues1.push({ path: "/id", rule: "required", message: "must have required property 'id'", source: $m5_source26 });
const $m5_v29 = $m5_data0["result"];
if ($m5_v29 === undefined) $m5_issues1.push({ path: "/result", rule: "required", message: "must have required property 'result'", source: $m5_source26 });
for (const $m5_key30 in $m5_data0) if ($m5_key30 !== "jsonrpc" && $m5_key30 !== "id" && $m5_key30 !== "result") $m5_issues1.push({ path: "/" + $m5_key30, rule: "additionalProperties", message: "unknown property '" + $m5_key30 + "'", source: $m5_source26 });
if ($m5_v27 !== undefined) {
if (!(typeof $m5_v27 === 'string')) $m5_issues1.push({ path: "/jsonrpc", rule: "type", message: "must be string", source: $m5_source26 });
if (!($m5_v27 === "2.0")) $m5_issues1.push({ path: "/jsonrpc", rule: "const", message: "must be \"2.0\"", source: $m5_source26 });
}
if ($m5_v28 !== undefined) {
if (!(typeof $m5_v28 === 'string' || (typeof $m5_v28 === 'number' && isFinite($m5_v28)))) $m5_issues1.push({ path: "/id", rule: "type", message: "must be string,number", source: $m5_source26 });
}
if ($m5_v29 !== undefined) {
if ((typeof $m5_v29 === 'object' && $m5_v29 !== null && !Array.isArray($m5_v29))) {
const $m5_v31 = $m5_v29["code"];
if ($m5_v31 === undefined) $m5_issues1.push({ path: "/result/code", rule: "required", message: "must have required property 'code'", source: $m5_source26 });
const $m5_v33 = $m5_v29["message"];
if ($m5_v33 === undefined) $m5_issues1.push({ path: "/result/message", rule: "required", message: "must have required property 'message'", source: $m5_source32 });
for (const $m5_key34 in $m5_v29) if ($m5_key34 !== "code" && $m5_key34 !== "message") $m5_issues1.push({ path: "/result/" + $m5_key34, rule: "additionalProperties", message: "unknown property '" + $m5_key34 + "'", source: $m5_source26 });
if ($m5_v31 !== undefined) {
if (!(Number.isInteger($m5_v31))) $m5_issues1.push({ path: "/result/code", rule: "type", message: "must be integer", source: $m5_source26 });
if (!($m5_v31 === 200)) $m5_issues1.push({ path: "/result/code", rule: "const", message: "must be 200", source: $m5_source26 });
}
if ($m5_v33 !== undefined) {
if (!(typeof $m5_v33 === 'string')) $m5_issues1.push({ path: "/result/message", rule: "type", message: "must be string", source: $m5_source32 });
}
} else $m5_issues1.push({ path: "/result", rule: "type", message: "must be object", source: $m5_source26 });
}
} else $m5_issues1.push({ path: "", rule: "type", message: "must be object", source: $m5_source26 });
}
const $m5_mark5 = $m5_issues1.length;
if ($m5_passing6 < 2) {
if ($m5_passes3) $m5_passing6++;
else {
if ((typeof $m5_data0 === 'object' && $m5_data0 !== null && !Array.isArray($m5_data0))) {
const $m5_v35 = $m5_data0["jsonrpc"];
if ($m5_v35 === undefined) $m5_issues1.push({ path: "/jsonrpc", rule: "required", message: "must have required property 'jsonrpc'", source: $m5_source26 });
const $m5_v36 = $m5_data0["id"];
if ($m5_v36 === undefined) $m5_issues1.push({ path: "/id", rule: "required", message: "must have required property 'id'", source: $m5_source26 });
const $m5_v37 = $m5_data0["error"];
if ($m5_v37 === undefined) $m5_issues1.push({ path: "/error", rule: "required", message: "must have required property 'error'", source: $m5_source26 });
for (const $m5_key38 in $m5_data0) if ($m5_key38 !== "jsonrpc" && $m5_key38 !== "id" && $m5_key38 !== "error") $m5_issues1.push({ path: "/" + $m5_key38, rule: "additionalProperties", message: "unknown property '" + $m5_key38 + "'", source: $m5_source26 });
if ($m5_v35 !== undefined) {
if (!(typeof $m5_v35 === 'string')) $m5_issues1.push({ path: "/jsonrpc", rule: "type", message: "must be string", source: $m5_source26 });
if (!($m5_v35 === "2.0")) $m5_issues1.push({ path: "/jsonrpc", rule: "const", message: "must be \"2.0\"", source: $m5_source26 });
}
if ($m5_v36 !== undefined) {
if (!(typeof $m5_v36 === 'string' || (typeof $m5_v36 === 'number' && isFinite($m5_v36)) || $m5_v36 === null)) $m5_issues1.push({ path: "/id", rule: "type", message: "must be string,number,null", source: $m5_source26 });
}
if ($m5_v37 !== undefined) {
if ((typeof $m5_v37 === 'object' && $m5_v37 !== null && !Array.isArray($m5_v37))) {
const $m5_v39 = $m5_v37["code"];
if ($m5_v39 === undefined) $m5_issues1.push({ path: "/error/code", rule: "required", message: "must have required property 'code'", source: $m5_source26 });
const $m5_v40 = $m5_v37["message"];
if ($m5_v40 === undefined) $m5_issues1.push({ path: "/error/message", rule: "required", message: "must have required property 'message'", source: $m5_source32 });
for (const $m5_key41 in $m5_v37) if ($m5_key41 !== "code" && $m5_key41 !== "message" && $m5_key41 !== "data") $m5_issues1.push({ path: "/error/" + $m5_key41, rule: "additionalProperties", message: "unknown property '" + $m5_key41 + "'", source: $m5_source26 });
if ($m5_v39 !== undefined) {
if (!(Number.isInteger($m5_v39))) $m5_issues1.push({ path: "/error/code", rule: "type", message: "must be integer", source: $m5_source26 });
}
if ($m5_v40 !== undefined) {
if (!(typeof $m5_v40 === 'string')) $m5_issues1.push({ path: "/error/message", rule: "type", message: "must be string", source: $m5_source32 });
}
const $m5_v42 = $m5_v37["data"];
} else $m5_issues1.push({ path: "/error", rule: "type", message: "must be object", source: $m5_source26 });
}
} else $m5_issues1.push({ path: "", rule: "type", message: "must be object", source: $m5_source26 });
}
}
$marks = [$m5_mark4, $m5_mark5, $m5_issues1.length];
$m5_issues1.push({ path: "", rule: "oneOf", message: "must match exactly one schema in oneOf", source: $m5_source26 });
}
if ($m5_issues1.length === 0) return null;
return $marks === undefined ? $m5_issues1 : $closestBranch($m5_issues1, $marks);
}
let $m5_rejected = $accepted;
/** The issues validate… reports (null when valid), as toIssues makes them of ajv's errors. */
export function issuesClientAppDeregistrationRes(data) {
  const issues = $m5_check(data);
  $m5_rejected = issues === null ? $accepted : data;
  return issues;
}
export const checkClientAppDeregistrationRes = function checkClientAppDeregistrationRes(data) {
  return issuesClientAppDeregistrationRes(data) === null;
};
Object.defineProperty(checkClientAppDeregistrationRes, 'errors', {
  get: () => ($m5_rejected === $accepted || ajvCheckClientAppDeregistrationRes($m5_rejected) ? null : ajvCheckClientAppDeregistrationRes.errors),
});

const $m6_source2 = {"cr":"000_405bc08fdded4f6d.txt","section":"10.1.5","line":21};
const $m6_source8 = {"cr":"000_405bc08fdded4f6d.txt","section":"10.1.5","line":25};
const $m6_source12 = {"cr":"000_405bc08fdded4f6d.txt","section":"10.1.5","line":26};
function $m6_check($m6_data0) {
const $m6_issues1 = [];
if ((typeof $m6_data0 === 'object' && $m6_data0 !== null && !Array.isArray($m6_data0))) {
const $m6_v3 = $m6_data0["jsonrpc"];
if ($m6_v3 === undefined) $m6_issues1.push({ path: "/jsonrpc", rule: "required", message: "must have required property 'jsonrpc'", source: $m6_source2 });
const $m6_v4 = $m6_data0["method"];
if ($m6_v4 === undefined) $m6_issues1.push({ path: "/method", rule: "required", message: "must have required property 'method'", source: $m6_source2 });
const $m6_v5 = $m6_data0["id"];
if ($m6_v5 === undefined) $m6_issues1.push({ path: "/id", rule: "required", message: "must have required property 'id'", source: $m6_source2 });
const $m6_v6 = $m6_data0["params"];
if ($m6_v6 === undefined) $m6_issues1.push({ path: "/params", rule: "required", message: "must have required property 'params'", source: $m6_source2 });
for (const $m6_key7 in $m6_data0) if ($m6_key7 !== "jsonrpc" && $m6_key7 !== "method" && $m6_key7 !== "id" && $m6_key7 !== "params") $m6_issues1.push({ path: "/" + $m6_key7, rule: "additionalProperties", message: "unknown property '" + $m6_key7 + "'", source: $m6_source2 });
if ($m6_v3 !== undefined) {
if (!(typeof $m6_v3 === 'string')) $m6_issues1.push({ path: "/jsonrpc", rule: "type", message: "must be string", source: $m6_source2 });
if (!($m6_v3 === "2.0")) $m6_issues1.push({ path: "/jsonrpc", rule: "const", message: "must be \"2.0\"", source: $m6_source2 });
}
if ($m6_v4 !== undefined) {
if (!(typeof $m6_v4 === 'string')) $m6_issues1.push({ path: "/method", rule: "type", message: "must be string", source: $m6_source2 });
if (!($m6_v4 === "clientAppRegistrationReq")) $m6_issues1.push({ path: "/method", rule: "const", message: "must be \"clientAppRegistrationReq\"", source: $m6_source2 });
}
if ($m6_v5 !== undefined) {
if (!(typeof $m6_v5 === 'string' || (typeof $m6_v5 === 'number' && isFinite($m6_v5)))) $m6_issues1.push({ path: "/id", rule: "type", message: "must be string,number", source: $m6_source2 });
}
if ($m6_v6 !== undefined) {
if ((typeof $m6_v6 === 'object' && $m6_v6 !== null && !Array.isArray($m6_v6))) {
const $m6_v9 = $m6_v6["clientID"];
if ($m6_v9 === undefined) $m6_issues1.push({ path: "/params/clientID", rule: "required", message: "must have required property 'clientID'", source: $m6_source8 });
for (const $m6_key10 in $m6_v6) if ($m6_key10 !== "clientID" && $m6_key10 !== "tokenSeed") $m6_issues1.push({ path: "/params/" + $m6_key10, rule: "additionalProperties", message: "unknown property '" + $m6_key10 + "'", source: $m6_source2 });
if ($m6_v9 !== undefined) {
if (!(typeof $m6_v9 === 'string')) $m6_issues1.push({ path: "/params/clientID", rule: "type", message: "must be string", source: $m6_source8 });
}
const $m6_v11 = $m6_v6["tokenSeed"];
if ($m6_v11 !== undefined) {
if (!(typeof $m6_v11 === 'string')) $m6_issues1.push({ path: "/params/tokenSeed", rule: "type", message: "must be string", source: $m6_source12 });
}
} else $m6_issues1.push({ path: "/params", rule: "type", message: "must be object", source: $m6_source2 });
}
} else $m6_issues1.push({ path: "", rule: "type", message: "must be object", source: $m6_source2 });
if ($m6_issues1.length === 0) return null;
return $m6_issues1;
}
let $m6_rejected = $accepted;
/** The issues validate… reports (null when valid), as toIssues makes them of ajv's errors. */
export function issuesAoi1ClientAppRegistrationReq(data) {
  const issues = $m6_check(data);
  $m6_rejected = issues === null ? $accepted : data;
  return issues;
}
export const checkAoi1ClientAppRegistrationReq = function checkAoi1ClientAppRegistrationReq(data) {
  return issuesAoi1ClientAppRegistrationReq(data) === null;
};
Object.defineProperty(checkAoi1ClientAppRegistrationReq, 'errors', {
  get: () => ($m6_rejected === $accepted || ajvCheckAoi1ClientAppRegistrationReq($m6_rejected) ? null : ajvCheckAoi1ClientAppRegistrationReq.errors),
});

function $m7_check7($m7_v8) {
if (!((typeof $m7_v8 === 'object' && $m7_v8 !== null && !Array.isArray($m7_v8)))) return false;
{
const $m7_v9 = $m7_v8["jsonrpc"];
if ($m7_v9 === undefined) return false;
if (!($m7_v9 === "2.0")) return false;
}
{
const $m7_v10 = $m7_v8["id"];
if ($m7_v10 === undefined) return false;
if (!(typeof $m7_v10 === 'string' || (typeof $m7_v10 === 'number' && isFinite($m7_v10)))) return false;
}
{
const $m7_v11 = $m7_v8["result"];
if ($m7_v11 === undefined) return false;
if (!((typeof $m7_v11 === 'object' && $m7_v11 !== null && !Array.isArray($m7_v11)))) return false;
{
const $m7_v12 = $m7_v11["code"];
if ($m7_v12 === undefined) return false;
if (!($m7_v12 === 200)) return false;
}
{
const $m7_v13 = $m7_v11["message"];
if ($m7_v13 === undefined) return false;
if (!(typeof $m7_v13 === 'string')) return false;
}
{
const $m7_v14 = $m7_v11["clientAppToken"];
if ($m7_v14 === undefined) return false;
if (!(typeof $m7_v14 === 'string')) return false;
}
{
const $m7_v15 = $m7_v11["aoiServerUrl"];
if ($m7_v15 !== undefined) {
if (!(typeof $m7_v15 === 'string')) return false;
if (!$m7_format16($m7_v15)) return false;
}
}
for (const $m7_key17 in $m7_v11) if ($m7_key17 !== "code" && $m7_key17 !== "message" && $m7_key17 !== "clientAppToken" && $m7_key17 !== "aoiServerUrl") return false;
}
for (const $m7_key18 in $m7_v8) if ($m7_key18 !== "jsonrpc" && $m7_key18 !== "id" && $m7_key18 !== "result") return false;
return true;
}
const $m7_format16 = require('ajv-formats/dist/formats').fullFormats["uri"];
function $m7_check19($m7_v20) {
if (!((typeof $m7_v20 === 'object' && $m7_v20 !== null && !Array.isArray($m7_v20)))) return false;
{
const $m7_v21 = $m7_v20["jsonrpc"];
if ($m7_v21 === undefined) return false;
if (!($m7_v21 === "2.0")) return false;
}
{
const $m7_v22 = $m7_v20["id"];
if ($m7_v22 === undefined) return false;
if (!(typeof $m7_v22 === 'string' || (typeof $m7_v22 === 'number' && isFinite($m7_v22)) || $m7_v22 === null)) return false;
}
{
const $m7_v23 = $m7_v20["error"];
if ($m7_v23 === undefined) return false;
if (!((typeof $m7_v23 === 'object' && $m7_v23 !== null && !Array.isArray($m7_v23)))) return false;
{
const $m7_v24 = $m7_v23["code"];
if ($m7_v24 === undefined) return false;
if (!(Number.isInteger($m7_v24))) return false;
}
{
const $m7_v25 = $m7_v23["message"];
if ($m7_v25 === undefined) return false;
if (!(typeof $m7_v25 === 'string')) return false;
}
for (const $m7_key27 in $m7_v23) if ($m7_key27 !== "code" && $m7_key27 !== "message" && $m7_key27 !== "data") return false;
}
for (const $m7_key28 in $m7_v20) if ($m7_key28 !== "jsonrpc" && $m7_key28 !== "id" && $m7_key28 !== "error") return false;
return true;
}
const $m7_source29 = {"cr":"000_405bc08fdded4f6d.txt","section":"10.1.5","line":46};
const $m7_source35 = {"cr":"000_405bc08fdded4f6d.txt","section":"10.1.5","line":47};
const $m7_source37 = {"cr":"000_405bc08fdded4f6d.txt","section":"10.1.5","line":48};
const $m7_source41 = {"cr":"000_405bc08fdded4f6d.txt","section":"10.1.5","line":49};
function $m7_check($m7_data0) {
const $m7_issues1 = [];
let $marks;
const $m7_passes2 = $m7_check7($m7_data0);
const $m7_passes3 = $m7_check19($m7_data0);
if (!(($m7_passes2 ? 1 : 0) + ($m7_passes3 ? 1 : 0) === 1)) {
let $m7_passing6 = 0;
const $m7_mark4 = $m7_issues1.length;
if ($m7_passes2) $m7_passing6++;
else {
if ((typeof $m7_data0 === 'object' && $m7_data0 !== null && !Array.isArray($m7_data0))) {
const $m7_v30 = $m7_data0["jsonrpc"];
if ($m7_v30 === undefined) $m7_issues1.push({ path: "/jsonrpc", rule: "required", message: "must have required property 'jsonrpc'", source: $m7_source29 });
const $m7_v31 = $m7_data0["id"];
if ($m7_v31 === undefined) $m7_issues1.push({ path: "/id", rule: "required", message: "must have required property 'id'", source: $m7_source29 });
const $m7_v32 = $m7_data0["result"];
if ($m7_v32 === undefined) $m7_issues1.push({ path: "/result", rule: "required", message: "must have required property 'result'", source: $m7_source29 });
for (const $m7_key33 in $m7_data0) if ($m7_key33 !== "jsonrpc" && $m7_key33 !== "id" && $m7_key33 !== "result") $m7_issues1.push({ path: "/" + $m7_key33, rule: "additionalProperties", message: "unknown property '" + $m7_key33 + "'", source: $m7_source29 });
if ($m7_v30 !== undefined) {
if (!(typeof $m7_v30 === 'string')) $m7_issues1.push({ path: "/jsonrpc", rule: "type", message: "must be string", source: $m7_source29 });
if (!($m7_v30 === "2.0")) $m7_issues1.push({ path: "/jsonrpc", rule: "const", message: "must be \"2.0\"", source: $m7_source29 });
}
if ($m7_v31 !== undefined) {
if (!(typeof $m7_v31 === 'string' || (typeof $m7_v31 === 'number' && isFinite($m7_v31)))) $m7_issues1.push({ path: "/id", rule: "type", message: "must be string,number", source: $m7_source29 });
}
if ($m7_v32 !== undefined) {
if ((typeof $m7_v32 === 'object' && $m7_v32 !== null && !Array.isArray($m7_v32))) {
const $m7_v34 = $m7_v32["code"];
if ($m7_v34 === undefined) $m7_issues1.push({ path: "/result/code", rule: "required", message: "must have required property 'code'", source: $m7_source29 });
const $m7_v36 = $m7_v32["message"];
if ($m7_v36 === undefined) $m7_issues1.push({ path: "/result/message", rule: "required", message: "must have required property 'message'", source: $m7_source35 });
const $m7_v38 = $m7_v32["clientAppToken"];
if ($m7_v38 === undefined) $m7_issues1.push({ path: "/result/clientAppToken", rule: "required", message: "must have required property 'clientAppToken'", source: $m7_source37 });
for (const $m7_key39 in $m7_v32) if ($m7_key39 !== "code" && $m7_key39 !== "message" && $m7_key39 !== "clientAppToken" && $m7_key39 !== "aoiServerUrl") $m7_issues1.push({ path: "/result/" + $m7_key39, rule: "additionalProperties", message: "unknown property '" + $m7_key39 + "'", source: $m7_source29 });
if ($m7_v34 !== undefined) {
if (!(Number.isInteger($m7_v34))) $m7_issues1.push({ path: "/result/code", rule: "type", message: "must be integer", source: $m7_source29 });
if (!($m7_v34 === 200)) $m7_issues1.push({ path: "/result/code", rule: "const", message: "must be 200", source: $m7_source29 });
}
if ($m7_v36 !== undefined) {
if (!(typeof $m7_v36 === 'string')) $m7_issues1.push({ path: "/result/message", rule: "type", message: "must be string", source: $m7_source35 });
}
if ($m7_v38 !== undefined) {
if (!(typeof $m7_v38 === 'string')) $m7_issues1.push({ path: "/result/clientAppToken", rule: "type", message: "must be string", source: $m7_source37 });
}
const $m7_v40 = $m7_v32["aoiServerUrl"];
if ($m7_v40 !== undefined) {
if (typeof $m7_v40 === 'string') {
if (!$m7_format16($m7_v40)) $m7_issues1.push({ path: "/result/aoiServerUrl", rule: "format", message: "must match format \"uri\"", source: $m7_source41 });
} else $m7_issues1.push({ path: "/result/aoiServerUrl", rule: "type", message: "must be string", source: $m7_source41 });
}
} else $m7_issues1.push({ path: "/result", rule: "type", message: "must be object", source: $m7_source29 });
}
} else $m7_issues1.push({ path: "", rule: "type", message: "must be object", source: $m7_source29 });
}
const $m7_mark5 = $m7_issues1.length;
if ($m7_passing6 < 2) {
if ($m7_passes3) $m7_passing6++;
else {
if ((typeof $m7_data0 === 'object' && $m7_data0 !== null && !Array.isArray($m7_data0))) {
const $m7_v42 = $m7_data0["jsonrpc"];
if ($m7_v42 === undefined) $m7_issues1.push({ path: "/jsonrpc", rule: "required", message: "must have required property 'jsonrpc'", source: $m7_source29 });
const $m7_v43 = $m7_data0["id"];
if ($m7_v43 === undefined) $m7_issues1.push({ path: "/id", rule: "required", message: "must have required property 'id'", source: $m7_source29 });
const $m7_v44 = $m7_data0["error"];
if ($m7_v44 === undefined) $m7_issues1.push({ path: "/error", rule: "required", message: "must have required property 'error'", source: $m7_source29 });
for (const $m7_key45 in $m7_data0) if ($m7_key45 !== "jsonrpc" && $m7_key45 !== "id" && $m7_key45 !== "error") $m7_issues1.push({ path: "/" + $m7_key45, rule: "additionalProperties", message: "unknown property '" + $m7_key45 + "'", source: $m7_source29 });
if ($m7_v42 !== undefined) {
if (!(typeof $m7_v42 === 'string')) $m7_issues1.push({ path: "/jsonrpc", rule: "type", message: "must be string", source: $m7_source29 });
if (!($m7_v42 === "2.0")) $m7_issues1.push({ path: "/jsonrpc", rule: "const", message: "must be \"2.0\"", source: $m7_source29 });
}
if ($m7_v43 !== undefined) {
if (!(typeof $m7_v43 === 'string' || (typeof $m7_v43 === 'number' && isFinite($m7_v43)) || $m7_v43 === null)) $m7_issues1.push({ path: "/id", rule: "type", message: "must be string,number,null", source: $m7_source29 });
}
if ($m7_v44 !== undefined) {
if ((typeof $m7_v44 === 'object' && $m7_v44 !== null && !Array.isArray($m7_v44))) {
const $m7_v46 = $m7_v44["code"];
if ($m7_v46 === undefined) $m7_issues1.push({ path: "/error/code", rule: "required", message: "must have required property 'code'", source: $m7_source29 });
const $m7_v47 = $m7_v44["message"];
if ($m7_v47 === undefined) $m7_issues1.push({ path: "/error/message", rule: "required", message: "must have required property 'message'", source: $m7_source35 });
for (const $m7_key48 in $m7_v44) if ($m7_key48 !== "code" && $m7_key48 !== "message" && $m7_key48 !== "data") $m7_issues1.push({ path: "/error/" + $m7_key48, rule: "additionalProperties", message: "unknown property '" + $m7_key48 + "'", source: $m7_source29 });
if ($m7_v46 !== undefined) {
if (!(Number.isInteger($m7_v46))) $m7_issues1.push({ path: "/error/code", rule: "type", message: "must be integer", source: $m7_source29 });
}
if ($m7_v47 !== undefined) {
if (!(typeof $m7_v47 === 'string')) $m7_issues1.push({ path: "/error/message", rule: "type", message: "must be string", source: $m7_source35 });
}
const $m7_v49 = $m7_v44["data"];
} else $m7_issues1.push({ path: "/error", rule: "type", message: "must be object", source: $m7_source29 });
}
} else $m7_issues1.push({ path: "", rule: "type", message: "must be object", source: $m7_source29 });
}
}
$marks = [$m7_mark4, $m7_mark5, $m7_issues1.length];
$m7_issues1.push({ path: "", rule: "oneOf", message: "must match exactly one schema in oneOf", source: $m7_source29 });
}
if ($m7_issues1.length === 0) return null;
return $marks === undefined ? $m7_issues1 : $closestBranch($m7_issues1, $marks);
}
let $m7_rejected = $accepted;
/** The issues validate… reports (null when valid), as toIssues makes them of ajv's errors. */
export function issuesAoi1ClientAppRegistrationRes(data) {
  const issues = $m7_check(data);
  $m7_rejected = issues === null ? $accepted : data;
  return issues;
}
export const checkAoi1ClientAppRegistrationRes = function checkAoi1ClientAppRegistrationRes(data) {
  return issuesAoi1ClientAppRegistrationRes(data) === null;
};
Object.defineProperty(checkAoi1ClientAppRegistrationRes, 'errors', {
  get: () => ($m7_rejected === $accepted || ajvCheckAoi1ClientAppRegistrationRes($m7_rejected) ? null : ajvCheckAoi1ClientAppRegistrationRes.errors),
});

const $m8_source2 = {"cr":"extensions/notifications.yaml","section":"extension:notifications","line":99};
const $m8_source8 = {"cr":"extensions/notifications.yaml","section":"extension:notifications","line":110};
const $m8_source10 = {"cr":"extensions/notifications.yaml","section":"extension:notifications","line":114};
const $m8_source12 = {"cr":"extensions/notifications.yaml","section":"extension:notifications","line":118};
const $m8_source14 = {"cr":"extensions/notifications.yaml","section":"extension:notifications","line":122};
function $m8_check($m8_data0) {
const $m8_issues1 = [];
if ((typeof $m8_data0 === 'object' && $m8_data0 !== null && !Array.isArray($m8_data0))) {
const $m8_v3 = $m8_data0["jsonrpc"];
if ($m8_v3 === undefined) $m8_issues1.push({ path: "/jsonrpc", rule: "required", message: "must have required property 'jsonrpc'", source: $m8_source2 });
const $m8_v4 = $m8_data0["method"];
if ($m8_v4 === undefined) $m8_issues1.push({ path: "/method", rule: "required", message: "must have required property 'method'", source: $m8_source2 });
const $m8_v5 = $m8_data0["id"];
if ($m8_v5 === undefined) $m8_issues1.push({ path: "/id", rule: "required", message: "must have required property 'id'", source: $m8_source2 });
const $m8_v6 = $m8_data0["params"];
if ($m8_v6 === undefined) $m8_issues1.push({ path: "/params", rule: "required", message: "must have required property 'params'", source: $m8_source2 });
for (const $m8_key7 in $m8_data0) if ($m8_key7 !== "jsonrpc" && $m8_key7 !== "method" && $m8_key7 !== "id" && $m8_key7 !== "params") $m8_issues1.push({ path: "/" + $m8_key7, rule: "additionalProperties", message: "unknown property '" + $m8_key7 + "'", source: $m8_source2 });
if ($m8_v3 !== undefined) {
if (!(typeof $m8_v3 === 'string')) $m8_issues1.push({ path: "/jsonrpc", rule: "type", message: "must be string", source: $m8_source2 });
if (!($m8_v3 === "2.0")) $m8_issues1.push({ path: "/jsonrpc", rule: "const", message: "must be \"2.0\"", source: $m8_source2 });
}
if ($m8_v4 !== undefined) {
if (!(typeof $m8_v4 === 'string')) $m8_issues1.push({ path: "/method", rule: "type", message: "must be string", source: $m8_source2 });
if (!($m8_v4 === "notificationDeliveryReq")) $m8_issues1.push({ path: "/method", rule: "const", message: "must be \"notificationDeliveryReq\"", source: $m8_source2 });
}
if ($m8_v5 !== undefined) {
if (!(typeof $m8_v5 === 'string' || (typeof $m8_v5 === 'number' && isFinite($m8_v5)))) $m8_issues1.push({ path: "/id", rule: "type", message: "must be string,number", source: $m8_source2 });
}
if ($m8_v6 !== undefined) {
if ((typeof $m8_v6 === 'object' && $m8_v6 !== null && !Array.isArray($m8_v6))) {
const $m8_v9 = $m8_v6["clientAppToken"];
if ($m8_v9 === undefined) $m8_issues1.push({ path: "/params/clientAppToken", rule: "required", message: "must have required property 'clientAppToken'", source: $m8_source8 });
const $m8_v11 = $m8_v6["payload"];
if ($m8_v11 === undefined) $m8_issues1.push({ path: "/params/payload", rule: "required", message: "must have required property 'payload'", source: $m8_source10 });
const $m8_v13 = $m8_v6["priority"];
if ($m8_v13 === undefined) $m8_issues1.push({ path: "/params/priority", rule: "required", message: "must have required property 'priority'", source: $m8_source12 });
const $m8_v15 = $m8_v6["notificationId"];
if ($m8_v15 === undefined) $m8_issues1.push({ path: "/params/notificationId", rule: "required", message: "must have required property 'notificationId'", source: $m8_source14 });
for (const $m8_key16 in $m8_v6) if ($m8_key16 !== "clientAppToken" && $m8_key16 !== "payload" && $m8_key16 !== "priority" && $m8_key16 !== "notificationId") $m8_issues1.push({ path: "/params/" + $m8_key16, rule: "additionalProperties", message: "unknown property '" + $m8_key16 + "'", source: $m8_source2 });
if ($m8_v9 !== undefined) {
if (typeof $m8_v9 === 'string') {
if ($m8_v9.length < 1) $m8_issues1.push({ path: "/params/clientAppToken", rule: "minLength", message: "must NOT have fewer than 1 characters", source: $m8_source8 });
} else $m8_issues1.push({ path: "/params/clientAppToken", rule: "type", message: "must be string", source: $m8_source8 });
}
if ($m8_v11 !== undefined) {
if (!((typeof $m8_v11 === 'object' && $m8_v11 !== null && !Array.isArray($m8_v11)))) $m8_issues1.push({ path: "/params/payload", rule: "type", message: "must be object", source: $m8_source10 });
}
if ($m8_v13 !== undefined) {
if (!(Number.isInteger($m8_v13))) $m8_issues1.push({ path: "/params/priority", rule: "type", message: "must be integer", source: $m8_source12 });
if (typeof $m8_v13 === 'number' && isFinite($m8_v13)) {
if ($m8_v13 > 9) $m8_issues1.push({ path: "/params/priority", rule: "maximum", message: "must be <= 9", source: $m8_source12 });
if ($m8_v13 < 0) $m8_issues1.push({ path: "/params/priority", rule: "minimum", message: "must be >= 0", source: $m8_source12 });
}
}
if ($m8_v15 !== undefined) {
if (typeof $m8_v15 === 'string') {
if ($m8_v15.length < 1) $m8_issues1.push({ path: "/params/notificationId", rule: "minLength", message: "must NOT have fewer than 1 characters", source: $m8_source14 });
} else $m8_issues1.push({ path: "/params/notificationId", rule: "type", message: "must be string", source: $m8_source14 });
}
} else $m8_issues1.push({ path: "/params", rule: "type", message: "must be object", source: $m8_source2 });
}
} else $m8_issues1.push({ path: "", rule: "type", message: "must be object", source: $m8_source2 });
if ($m8_issues1.length === 0) return null;
return $m8_issues1;
}
let $m8_rejected = $accepted;
/** The issues validate… reports (null when valid), as toIssues makes them of ajv's errors. */
export function issuesNotificationDeliveryReq(data) {
  const issues = $m8_check(data);
  $m8_rejected = issues === null ? $accepted : data;
  return issues;
}
export const checkNotificationDeliveryReq = function checkNotificationDeliveryReq(data) {
  return issuesNotificationDeliveryReq(data) === null;
};
Object.defineProperty(checkNotificationDeliveryReq, 'errors', {
  get: () => ($m8_rejected === $accepted || ajvCheckNotificationDeliveryReq($m8_rejected) ? null : ajvCheckNotificationDeliveryReq.errors),
});

function $m9_check7($m9_v8) {
if (!((typeof $m9_v8 === 'object' && $m9_v8 !== null && !Array.isArray($m9_v8)))) return false;
{
const $m9_v9 = $m9_v8["jsonrpc"];
if ($m9_v9 === undefined) return false;
if (!($m9_v9 === "2.0")) return false;
}
{
const $m9_v10 = $m9_v8["id"];
if ($m9_v10 === undefined) return false;
if (!(typeof $m9_v10 === 'string' || (typeof $m9_v10 === 'number' && isFinite($m9_v10)))) return false;
}
{
const $m9_v11 = $m9_v8["result"];
if ($m9_v11 === undefined) return false;
if (!((typeof $m9_v11 === 'object' && $m9_v11 !== null && !Array.isArray($m9_v11)))) return false;
{
const $m9_v12 = $m9_v11["code"];
if ($m9_v12 === undefined) return false;
if (!($m9_v12 === 200)) return false;
}
{
const $m9_v13 = $m9_v11["message"];
if ($m9_v13 === undefined) return false;
if (!(typeof $m9_v13 === 'string')) return false;
}
for (const $m9_key14 in $m9_v11) if ($m9_key14 !== "code" && $m9_key14 !== "message") return false;
}
for (const $m9_key15 in $m9_v8) if ($m9_key15 !== "jsonrpc" && $m9_key15 !== "id" && $m9_key15 !== "result") return false;
return true;
}
function $m9_check16($m9_v17) {
if (!((typeof $m9_v17 === 'object' && $m9_v17 !== null && !Array.isArray($m9_v17)))) return false;
{
const $m9_v18 = $m9_v17["jsonrpc"];
if ($m9_v18 === undefined) return false;
if (!($m9_v18 === "2.0")) return false;
}
{
const $m9_v19 = $m9_v17["id"];
if ($m9_v19 === undefined) return false;
if (!(typeof $m9_v19 === 'string' || (typeof $m9_v19 === 'number' && isFinite($m9_v19)) || $m9_v19 === null)) return false;
}
{
const $m9_v20 = $m9_v17["error"];
if ($m9_v20 === undefined) return false;
if (!((typeof $m9_v20 === 'object' && $m9_v20 !== null && !Array.isArray($m9_v20)))) return false;
{
const $m9_v21 = $m9_v20["code"];
if ($m9_v21 === undefined) return false;
if (!(Number.isInteger($m9_v21))) return false;
if ($m9_v21 > 599) return false;
if ($m9_v21 < 400) return false;
}
{
const $m9_v22 = $m9_v20["message"];
if ($m9_v22 === undefined) return false;
if (!(typeof $m9_v22 === 'string')) return false;
}
for (const $m9_key24 in $m9_v20) if ($m9_key24 !== "code" && $m9_key24 !== "message" && $m9_key24 !== "data") return false;
}
for (const $m9_key25 in $m9_v17) if ($m9_key25 !== "jsonrpc" && $m9_key25 !== "id" && $m9_key25 !== "error") return false;
return true;
}
const $m9_source26 = {"cr":"extensions/notifications.yaml","section":"extension:notifications","line":131};
const $m9_source31 = {"cr":"extensions/notifications.yaml","section":"extension:notifications","line":142};
const $m9_source33 = {"cr":"extensions/notifications.yaml","section":"extension:notifications","line":146};
const $m9_source40 = {"cr":"extensions/notifications.yaml","section":"extension:notifications","line":152};
const $m9_source42 = {"cr":"extensions/notifications.yaml","section":"extension:notifications","line":156};
function $m9_check($m9_data0) {
const $m9_issues1 = [];
let $marks;
const $m9_passes2 = $m9_check7($m9_data0);
const $m9_passes3 = $m9_check16($m9_data0);
if (!(($m9_passes2 ? 1 : 0) + ($m9_passes3 ? 1 : 0) === 1)) {
let $m9_passing6 = 0;
const $m9_mark4 = $m9_issues1.length;
if ($m9_passes2) $m9_passing6++;
else {
if ((typeof $m9_data0 === 'object' && $m9_data0 !== null && !Array.isArray($m9_data0))) {
const $m9_v27 = $m9_data0["jsonrpc"];
if ($m9_v27 === undefined) $m9_issues1.push({ path: "/jsonrpc", rule: "required", message: "must have required property 'jsonrpc'", source: $m9_source26 });
const $m9_v28 = $m9_data0["id"];
if ($m9_v28 === undefined) $m9_issues1.push({ path: "/id", rule: "required", message: "must have required property 'id'", source: $m9_source26 });
const $m9_v29 = $m9_data0["result"];
if ($m9_v29 === undefined) $m9_issues1.push({ path: "/result", rule: "required", message: "must have required property 'result'", source: $m9_source26 });
for (const $m9_key30 in $m9_data0) if ($m9_key30 !== "jsonrpc" && $m9_key30 !== "id" && $m9_key30 !== "result") $m9_issues1.push({ path: "/" + $m9_key30, rule: "additionalProperties", message: "unknown property '" + $m9_key30 + "'", source: $m9_source26 });
if ($m9_v27 !== undefined) {
if (!(typeof $m9_v27 === 'string')) $m9_issues1.push({ path: "/jsonrpc", rule: "type", message: "must be string", source: $m9_source26 });
if (!($m9_v27 === "2.0")) $m9_issues1.push({ path: "/jsonrpc", rule: "const", message: "must be \"2.0\"", source: $m9_source26 });
}
if ($m9_v28 !== undefined) {
if (!(typeof $m9_v28 === 'string' || (typeof $m9_v28 === 'number' && isFinite($m9_v28)))) $m9_issues1.push({ path: "/id", rule: "type", message: "must be string,number", source: $m9_source26 });
}
if ($m9_v29 !== undefined) {
if ((typeof $m9_v29 === 'object' && $m9_v29 !== null && !Array.isArray($m9_v29))) {
const $m9_v32 = $m9_v29["code"];
if ($m9_v32 === undefined) $m9_issues1.push({ path: "/result/code", rule: "required", message: "must have required property 'code'", source: $m9_source31 });
const $m9_v34 = $m9_v29["message"];
if ($m9_v34 === undefined) $m9_issues1.push({ path: "/result/message", rule: "required", message: "must have required property 'message'", source: $m9_source33 });
for (const $m9_key35 in $m9_v29) if ($m9_key35 !== "code" && $m9_key35 !== "message") $m9_issues1.push({ path: "/result/" + $m9_key35, rule: "additionalProperties", message: "unknown property '" + $m9_key35 + "'", source: $m9_source26 });
if ($m9_v32 !== undefined) {
if (!(Number.isInteger($m9_v32))) $m9_issues1.push({ path: "/result/code", rule: "type", message: "must be integer", source: $m9_source31 });
if (!($m9_v32 === 200)) $m9_issues1.push({ path: "/result/code", rule: "const", message: "must be 200", source: $m9_source31 });
}
if ($m9_v34 !== undefined) {
if (!(typeof $m9_v34 === 'string')) $m9_issues1.push({ path: "/result/message", rule: "type", message: "must be string", source: $m9_source33 });
}
} else $m9_issues1.push({ path: "/result", rule: "type", message: "must be object", source: $m9_source26 });
}
} else $m9_issues1.push({ path: "", rule: "type", message: "must be object", source: $m9_source26 });
}
const $m9_mark5 = $m9_issues1.length;
if ($m9_passing6 < 2) {
if ($m9_passes3) $m9_passing6++;
else {
if ((typeof $m9_data0 === 'object' && $m9_data0 !== null && !Array.isArray($m9_data0))) {
const $m9_v36 = $m9_data0["jsonrpc"];
if ($m9_v36 === undefined) $m9_issues1.push({ path: "/jsonrpc", rule: "required", message: "must have required property 'jsonrpc'", source: $m9_source26 });
const $m9_v37 = $m9_data0["id"];
if ($m9_v37 === undefined) $m9_issues1.push({ path: "/id", rule: "required", message: "must have required property 'id'", source: $m9_source26 });
const $m9_v38 = $m9_data0["error"];
if ($m9_v38 === undefined) $m9_issues1.push({ path: "/error", rule: "required", message: "must have required property 'error'", source: $m9_source26 });
for (const $m9_key39 in $m9_data0) if ($m9_key39 !== "jsonrpc" && $m9_key39 !== "id" && $m9_key39 !== "error") $m9_issues1.push({ path: "/" + $m9_key39, rule: "additionalProperties", message: "unknown property '" + $m9_key39 + "'", source: $m9_source26 });
if ($m9_v36 !== undefined) {
if (!(typeof $m9_v36 === 'string')) $m9_issues1.push({ path: "/jsonrpc", rule: "type", message: "must be string", source: $m9_source26 });
if (!($m9_v36 === "2.0")) $m9_issues1.push({ path: "/jsonrpc", rule: "const", message: "must be \"2.0\"", source: $m9_source26 });
}
if ($m9_v37 !== undefined) {
if (!(typeof $m9_v37 === 'string' || (typeof $m9_v37 === 'number' && isFinite($m9_v37)) || $m9_v37 === null)) $m9_issues1.push({ path: "/id", rule: "type", message: "must be string,number,null", source: $m9_source26 });
}
if ($m9_v38 !== undefined) {
if ((typeof $m9_v38 === 'object' && $m9_v38 !== null && !Array.isArray($m9_v38))) {
const $m9_v41 = $m9_v38["code"];
if ($m9_v41 === undefined) $m9_issues1.push({ path: "/error/code", rule: "required", message: "must have required property 'code'", source: $m9_source40 });
const $m9_v43 = $m9_v38["message"];
if ($m9_v43 === undefined) $m9_issues1.push({ path: "/error/message", rule: "required", message: "must have required property 'message'", source: $m9_source42 });
for (const $m9_key44 in $m9_v38) if ($m9_key44 !== "code" && $m9_key44 !== "message" && $m9_key44 !== "data") $m9_issues1.push({ path: "/error/" + $m9_key44, rule: "additionalProperties", message: "unknown property '" + $m9_key44 + "'", source: $m9_source26 });
if ($m9_v41 !== undefined) {
if (!(Number.isInteger($m9_v41))) $m9_issues1.push({ path: "/error/code", rule: "type", message: "must be integer", source: $m9_source40 });
if (typeof $m9_v41 === 'number' && isFinite($m9_v41)) {
if ($m9_v41 > 599) $m9_issues1.push({ path: "/error/code", rule: "maximum", message: "must be <= 599", source: $m9_source40 });
if ($m9_v41 < 400) $m9_issues1.push({ path: "/error/code", rule: "minimum", message: "must be >= 400", source: $m9_source40 });
}
}
if ($m9_v43 !== undefined) {
if (!(typeof $m9_v43 === 'string')) $m9_issues1.push({ path: "/error/message", rule: "type", message: "must be string", source: $m9_source42 });
}
const $m9_v45 = $m9_v38["data"];
} else $m9_issues1.push({ path: "/error", rule: "type", message: "must be object", source: $m9_source26 });
}
} else $m9_issues1.push({ path: "", rule: "type", message: "must be object", source: $m9_source26 });
}
}
$marks = [$m9_mark4, $m9_mark5, $m9_issues1.length];
$m9_issues1.push({ path: "", rule: "oneOf", message: "must match exactly one schema in oneOf", source: $m9_source26 });
}
if ($m9_issues1.length === 0) return null;
return $marks === undefined ? $m9_issues1 : $closestBranch($m9_issues1, $marks);
}
let $m9_rejected = $accepted;
/** The issues validate… reports (null when valid), as toIssues makes them of ajv's errors. */
export function issuesNotificationDeliveryRes(data) {
  const issues = $m9_check(data);
  $m9_rejected = issues === null ? $accepted : data;
  return issues;
}
export const checkNotificationDeliveryRes = function checkNotificationDeliveryRes(data) {
  return issuesNotificationDeliveryRes(data) === null;
};
Object.defineProperty(checkNotificationDeliveryRes, 'errors', {
  get: () => ($m9_rejected === $accepted || ajvCheckNotificationDeliveryRes($m9_rejected) ? null : ajvCheckNotificationDeliveryRes.errors),
});
