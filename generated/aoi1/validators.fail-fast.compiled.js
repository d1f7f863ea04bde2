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

export const ajvFailFastAoiClientDeregistrationReq = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://omaspec.dev/schemas/aoi1/aoiClientDeregistrationReq.schema.json","title":"aoiClientDeregistrationReq","description":"AOI Client Deregistration request.","x-omaspec":{"interface":"aoi1","name":"aoiClientDeregistrationReq","id":"aoiClientDeregistrationReq","typeName":"AoiClientDeregistrationReq","envelope":"messageType","kind":"request","direction":"clientToServer","source":{"cr":"002_c738242bc884de22.txt","section":"10.1.2","line":160},"messageType":"aoiClientDeregistrationReq","response":"aoiClientDeregistrationRes"},"type":"object","properties":{"messageType":{"title":"messageType","type":"string","const":"aoiClientDeregistrationReq","x-omaspec-source":{"cr":"002_c738242bc884de22.txt","section":"10.1.2","line":168}},"clientID":{"title":"clientID","type":"string","x-omaspec-source":{"cr":"002_c738242bc884de22.txt","section":"10.1.2","line":175}}},"required":["messageType","clientID"],"additionalProperties":false};

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://omaspec.dev/schemas/aoi1/aoiClientDeregistrationReq.schema.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.messageType === undefined) && (missing0 = "messageType")) || ((data.clientID === undefined) && (missing0 = "clientID"))){
validate10.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "messageType") || (key0 === "clientID"))){
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
if("aoiClientDeregistrationReq" !== data0){
validate10.errors = [{instancePath:instancePath+"/messageType",schemaPath:"#/properties/messageType/const",keyword:"const",params:{allowedValue: "aoiClientDeregistrationReq"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.clientID !== undefined){
const _errs4 = errors;
if(typeof data.clientID !== "string"){
validate10.errors = [{instancePath:instancePath+"/clientID",schemaPath:"#/properties/clientID/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
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

export const ajvFailFastAoiClientDeregistrationRes = validate11;
const schema12 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://omaspec.dev/schemas/aoi1/aoiClientDeregistrationRes.schema.json","title":"aoiClientDeregistrationRes","description":"AOI Client Deregistration response.","x-omaspec":{"interface":"aoi1","name":"aoiClientDeregistrationRes","id":"aoiClientDeregistrationRes","typeName":"AoiClientDeregistrationRes","envelope":"messageType","kind":"response","direction":"serverToClient","source":{"cr":"002_c738242bc884de22.txt","section":"10.1.2","line":195},"messageType":"aoiClientDeregistrationRes","responseTo":"aoiClientDeregistrationReq"},"type":"object","properties":{"messageType":{"title":"messageType","type":"string","const":"aoiClientDeregistrationRes","x-omaspec-source":{"cr":"002_c738242bc884de22.txt","section":"10.1.2","line":203}},"code":{"title":"code","type":"integer","x-omaspec-source":{"cr":"002_c738242bc884de22.txt","section":"10.1.2","line":210}},"desc":{"title":"desc","type":"string","x-omaspec-source":{"cr":"002_c738242bc884de22.txt","section":"10.1.2","line":215}}},"required":["messageType","code","desc"],"additionalProperties":false};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://omaspec.dev/schemas/aoi1/aoiClientDeregistrationRes.schema.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.messageType === undefined) && (missing0 = "messageType")) || ((data.code === undefined) && (missing0 = "code"))) || ((data.desc === undefined) && (missing0 = "desc"))){
validate11.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "messageType") || (key0 === "code")) || (key0 === "desc"))){
validate11.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.messageType !== undefined){
let data0 = data.messageType;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate11.errors = [{instancePath:instancePath+"/messageType",schemaPath:"#/properties/messageType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("aoiClientDeregistrationRes" !== data0){
validate11.errors = [{instancePath:instancePath+"/messageType",schemaPath:"#/properties/messageType/const",keyword:"const",params:{allowedValue: "aoiClientDeregistrationRes"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.code !== undefined){
let data1 = data.code;
const _errs4 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate11.errors = [{instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.desc !== undefined){
const _errs6 = errors;
if(typeof data.desc !== "string"){
validate11.errors = [{instancePath:instancePath+"/desc",schemaPath:"#/properties/desc/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate11.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate11.errors = vErrors;
return errors === 0;
}

export const ajvFailFastAoiClientRegistrationReq = validate12;
const schema13 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://omaspec.dev/schemas/aoi1/aoiClientRegistrationReq.schema.json","title":"aoiClientRegistrationReq","description":"AOI Client Registration request.","x-omaspec":{"interface":"aoi1","name":"aoiClientRegistrationReq","id":"aoiClientRegistrationReq","typeName":"AoiClientRegistrationReq","envelope":"messageType","kind":"request","direction":"clientToServer","source":{"cr":"002_c738242bc884de22.txt","section":"10.1.1","line":32},"messageType":"aoiClientRegistrationReq","response":"aoiClientRegistrationRes"},"type":"object","properties":{"messageType":{"title":"messageType","type":"string","const":"aoiClientRegistrationReq","x-omaspec-source":{"cr":"002_c738242bc884de22.txt","section":"10.1.1","line":40}},"deviceNumber":{"title":"deviceNumber","type":"string","x-omaspec-source":{"cr":"002_c738242bc884de22.txt","section":"10.1.1","line":47}}},"required":["messageType","deviceNumber"],"additionalProperties":false};

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://omaspec.dev/schemas/aoi1/aoiClientRegistrationReq.schema.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.messageType === undefined) && (missing0 = "messageType")) || ((data.deviceNumber === undefined) && (missing0 = "deviceNumber"))){
validate12.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "messageType") || (key0 === "deviceNumber"))){
validate12.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.messageType !== undefined){
let data0 = data.messageType;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate12.errors = [{instancePath:instancePath+"/messageType",schemaPath:"#/properties/messageType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("aoiClientRegistrationReq" !== data0){
validate12.errors = [{instancePath:instancePath+"/messageType",schemaPath:"#/properties/messageType/const",keyword:"const",params:{allowedValue: "aoiClientRegistrationReq"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.deviceNumber !== undefined){
const _errs4 = errors;
if(typeof data.deviceNumber !== "string"){
validate12.errors = [{instancePath:instancePath+"/deviceNumber",schemaPath:"#/properties/deviceNumber/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate12.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate12.errors = vErrors;
return errors === 0;
}

export const ajvFailFastAoiClientRegistrationRes = validate13;
const schema14 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://omaspec.dev/schemas/aoi1/aoiClientRegistrationRes.schema.json","title":"aoiClientRegistrationRes","description":"AOI Client Registration response.","x-omaspec":{"interface":"aoi1","name":"aoiClientRegistrationRes","id":"aoiClientRegistrationRes","typeName":"AoiClientRegistrationRes","envelope":"messageType","kind":"response","direction":"serverToClient","source":{"cr":"002_c738242bc884de22.txt","section":"10.1.1","line":66},"messageType":"aoiClientRegistrationRes","responseTo":"aoiClientRegistrationReq"},"oneOf":[{"title":"aoiClientRegistrationResSuccess","description":"AOI Client Registration response.","type":"object","properties":{"messageType":{"title":"messageType","type":"string","const":"aoiClientRegistrationRes","x-omaspec-source":{"cr":"002_c738242bc884de22.txt","section":"10.1.1","line":74}},"clientID":{"title":"clientID","type":"string","x-omaspec-source":{"cr":"002_c738242bc884de22.txt","section":"10.1.1","line":81}},"code":{"title":"code","type":"integer","enum":[200],"x-omaspec-source":{"cr":"002_c738242bc884de22.txt","section":"10.1.1","line":86}},"desc":{"title":"desc","type":"string","x-omaspec-source":{"cr":"002_c738242bc884de22.txt","section":"10.1.1","line":92}}},"required":["messageType","clientID","code","desc"],"additionalProperties":false},{"title":"aoiClientRegistrationResError","description":"AOI Client Registration response.","type":"object","properties":{"messageType":{"title":"messageType","type":"string","const":"aoiClientRegistrationRes","x-omaspec-source":{"cr":"002_c738242bc884de22.txt","section":"10.1.1","line":124}},"code":{"title":"code","type":"integer","minimum":400,"maximum":599,"x-omaspec-source":{"cr":"002_c738242bc884de22.txt","section":"10.1.1","line":131}},"desc":{"title":"desc","type":"string","x-omaspec-source":{"cr":"002_c738242bc884de22.txt","section":"10.1.1","line":136}}},"required":["messageType","code","desc"],"additionalProperties":false}]};

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://omaspec.dev/schemas/aoi1/aoiClientRegistrationRes.schema.json" */;
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(errors === _errs1){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.messageType === undefined) && (missing0 = "messageType")) || ((data.clientID === undefined) && (missing0 = "clientID"))) || ((data.code === undefined) && (missing0 = "code"))) || ((data.desc === undefined) && (missing0 = "desc"))){
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
if(!((((key0 === "messageType") || (key0 === "clientID")) || (key0 === "code")) || (key0 === "desc"))){
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
if("aoiClientRegistrationRes" !== data0){
const err3 = {instancePath:instancePath+"/messageType",schemaPath:"#/oneOf/0/properties/messageType/const",keyword:"const",params:{allowedValue: "aoiClientRegistrationRes"},message:"must be equal to constant"};
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
if(data.clientID !== undefined){
const _errs6 = errors;
if(typeof data.clientID !== "string"){
const err4 = {instancePath:instancePath+"/clientID",schemaPath:"#/oneOf/0/properties/clientID/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
if(data.code !== undefined){
let data2 = data.code;
const _errs8 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/code",schemaPath:"#/oneOf/0/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(data2 === 200)){
const err6 = {instancePath:instancePath+"/code",schemaPath:"#/oneOf/0/properties/code/enum",keyword:"enum",params:{allowedValues: schema14.oneOf[0].properties.code.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid1 = _errs8 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.desc !== undefined){
const _errs10 = errors;
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
var valid1 = _errs10 === errors;
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
else {
const err8 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs12 = errors;
if(errors === _errs12){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((((data.messageType === undefined) && (missing1 = "messageType")) || ((data.code === undefined) && (missing1 = "code"))) || ((data.desc === undefined) && (missing1 = "desc"))){
const err9 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
const _errs14 = errors;
for(const key1 in data){
if(!(((key1 === "messageType") || (key1 === "code")) || (key1 === "desc"))){
const err10 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
break;
}
}
if(_errs14 === errors){
if(data.messageType !== undefined){
let data4 = data.messageType;
const _errs15 = errors;
if(typeof data4 !== "string"){
const err11 = {instancePath:instancePath+"/messageType",schemaPath:"#/oneOf/1/properties/messageType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if("aoiClientRegistrationRes" !== data4){
const err12 = {instancePath:instancePath+"/messageType",schemaPath:"#/oneOf/1/properties/messageType/const",keyword:"const",params:{allowedValue: "aoiClientRegistrationRes"},message:"must be equal to constant"};
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
if(valid2){
if(data.code !== undefined){
let data5 = data.code;
const _errs17 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err13 = {instancePath:instancePath+"/code",schemaPath:"#/oneOf/1/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(errors === _errs17){
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 599 || isNaN(data5)){
const err14 = {instancePath:instancePath+"/code",schemaPath:"#/oneOf/1/properties/code/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
if(data5 < 400 || isNaN(data5)){
const err15 = {instancePath:instancePath+"/code",schemaPath:"#/oneOf/1/properties/code/minimum",keyword:"minimum",params:{comparison: ">=", limit: 400},message:"must be >= 400"};
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
}
var valid2 = _errs17 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.desc !== undefined){
const _errs19 = errors;
if(typeof data.desc !== "string"){
const err16 = {instancePath:instancePath+"/desc",schemaPath:"#/oneOf/1/properties/desc/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var valid2 = _errs19 === errors;
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
const err17 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
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
const err18 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
validate13.errors = vErrors;
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
validate13.errors = vErrors;
return errors === 0;
}

export const ajvFailFastClientAppDeregistrationReq = validate14;
const schema15 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://omaspec.dev/schemas/aoi1/clientAppDeregistrationReq.schema.json","title":"clientAppDeregistrationReq","description":"Client Application Degistration request.","x-omaspec":{"interface":"aoi1","name":"clientAppDeregistrationReq","id":"clientAppDeregistrationReq","typeName":"ClientAppDeregistrationReq","envelope":"jsonrpc","kind":"request","direction":"clientToServer","source":{"cr":"000_405bc08fdded4f6d.txt","section":"10.1.6","line":82},"method":"clientAppDeregistrationReq","response":"clientAppDeregistrationRes"},"type":"object","properties":{"jsonrpc":{"title":"jsonrpc","description":"The JSON-RPC protocol version; exactly \"2.0\".","type":"string","const":"2.0"},"method":{"title":"method","description":"The JSON-RPC method.","type":"string","const":"clientAppDeregistrationReq"},"id":{"title":"JsonRpcId","description":"Request identifier, echoed in the response: a string or a number.","type":["string","number"]},"params":{"title":"clientAppDeregistrationReqParams","description":"Client Application Degistration request.","type":"object","properties":{"clientID":{"title":"clientID","type":"string","x-omaspec-source":{"cr":"000_405bc08fdded4f6d.txt","section":"10.1.6","line":86}},"clientAppToken":{"title":"clientAppToken","type":"string","x-omaspec-source":{"cr":"000_405bc08fdded4f6d.txt","section":"10.1.6","line":87}}},"required":["clientID","clientAppToken"],"additionalProperties":false}},"required":["jsonrpc","method","id","params"],"additionalProperties":false};

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://omaspec.dev/schemas/aoi1/clientAppDeregistrationReq.schema.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.jsonrpc === undefined) && (missing0 = "jsonrpc")) || ((data.method === undefined) && (missing0 = "method"))) || ((data.id === undefined) && (missing0 = "id"))) || ((data.params === undefined) && (missing0 = "params"))){
validate14.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "jsonrpc") || (key0 === "method")) || (key0 === "id")) || (key0 === "params"))){
validate14.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.jsonrpc !== undefined){
let data0 = data.jsonrpc;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate14.errors = [{instancePath:instancePath+"/jsonrpc",schemaPath:"#/properties/jsonrpc/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("2.0" !== data0){
validate14.errors = [{instancePath:instancePath+"/jsonrpc",schemaPath:"#/properties/jsonrpc/const",keyword:"const",params:{allowedValue: "2.0"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.method !== undefined){
let data1 = data.method;
const _errs4 = errors;
if(typeof data1 !== "string"){
validate14.errors = [{instancePath:instancePath+"/method",schemaPath:"#/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("clientAppDeregistrationReq" !== data1){
validate14.errors = [{instancePath:instancePath+"/method",schemaPath:"#/properties/method/const",keyword:"const",params:{allowedValue: "clientAppDeregistrationReq"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data2 = data.id;
const _errs6 = errors;
if((typeof data2 !== "string") && (!((typeof data2 == "number") && (isFinite(data2))))){
validate14.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: schema15.properties.id.type},message:"must be string,number"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.params !== undefined){
let data3 = data.params;
const _errs8 = errors;
if(errors === _errs8){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing1;
if(((data3.clientID === undefined) && (missing1 = "clientID")) || ((data3.clientAppToken === undefined) && (missing1 = "clientAppToken"))){
validate14.errors = [{instancePath:instancePath+"/params",schemaPath:"#/properties/params/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs10 = errors;
for(const key1 in data3){
if(!((key1 === "clientID") || (key1 === "clientAppToken"))){
validate14.errors = [{instancePath:instancePath+"/params",schemaPath:"#/properties/params/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs10 === errors){
if(data3.clientID !== undefined){
const _errs11 = errors;
if(typeof data3.clientID !== "string"){
validate14.errors = [{instancePath:instancePath+"/params/clientID",schemaPath:"#/properties/params/properties/clientID/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs11 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.clientAppToken !== undefined){
const _errs13 = errors;
if(typeof data3.clientAppToken !== "string"){
validate14.errors = [{instancePath:instancePath+"/params/clientAppToken",schemaPath:"#/properties/params/properties/clientAppToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs13 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
else {
validate14.errors = [{instancePath:instancePath+"/params",schemaPath:"#/properties/params/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs8 === errors;
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
else {
validate14.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate14.errors = vErrors;
return errors === 0;
}

export const ajvFailFastClientAppDeregistrationRes = validate15;
const schema16 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://omaspec.dev/schemas/aoi1/clientAppDeregistrationRes.schema.json","title":"clientAppDeregistrationRes","description":"Client Application Deregistration response.","x-omaspec":{"interface":"aoi1","name":"clientAppDeregistrationRes","id":"clientAppDeregistrationRes","typeName":"ClientAppDeregistrationRes","envelope":"jsonrpc","kind":"response","direction":"serverToClient","source":{"cr":"000_405bc08fdded4f6d.txt","section":"10.1.6","line":109},"method":"clientAppDeregistrationReq","responseTo":"clientAppDeregistrationReq"},"oneOf":[{"title":"clientAppDeregistrationResSuccess","description":"JSON-RPC 2.0 success response envelope.","type":"object","properties":{"jsonrpc":{"title":"jsonrpc","description":"The JSON-RPC protocol version; exactly \"2.0\".","type":"string","const":"2.0"},"id":{"title":"JsonRpcId","description":"Request identifier, echoed in the response: a string or a number.","type":["string","number"]},"result":{"title":"clientAppDeregistrationResResult","description":"Client Application Deregistration response.","type":"object","properties":{"code":{"title":"code","type":"integer","const":200,"x-omaspec-source":{"cr":"000_405bc08fdded4f6d.txt","section":"10.1.6","line":109}},"message":{"title":"message","description":"Corresponds to the  “desc” parameter","type":"string","x-omaspec-source":{"cr":"000_405bc08fdded4f6d.txt","section":"10.1.6","line":110}}},"required":["code","message"],"additionalProperties":false}},"required":["jsonrpc","id","result"],"additionalProperties":false},{"title":"clientAppDeregistrationResError","description":"JSON-RPC 2.0 error response envelope.","type":"object","properties":{"jsonrpc":{"title":"jsonrpc","description":"The JSON-RPC protocol version; exactly \"2.0\".","type":"string","const":"2.0"},"id":{"title":"JsonRpcResponseId","description":"The id of the request answered; null when it could not be read.","type":["string","number","null"]},"error":{"title":"clientAppDeregistrationResError","description":"Client Application Deregistration response.","type":"object","properties":{"code":{"title":"code","type":"integer","x-omaspec-source":{"cr":"000_405bc08fdded4f6d.txt","section":"10.1.6","line":109}},"message":{"title":"message","description":"Corresponds to the  “desc” parameter","type":"string","x-omaspec-source":{"cr":"000_405bc08fdded4f6d.txt","section":"10.1.6","line":110}},"data":{"title":"data","description":"Additional information about the error (JSON-RPC 2.0 §5.1), e.g. the validation issues of an invalid request.","x-omaspec-source":{"cr":"000_405bc08fdded4f6d.txt","section":"10.1.6","line":109}}},"required":["code","message"],"additionalProperties":false}},"required":["jsonrpc","id","error"],"additionalProperties":false}]};

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://omaspec.dev/schemas/aoi1/clientAppDeregistrationRes.schema.json" */;
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(errors === _errs1){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.jsonrpc === undefined) && (missing0 = "jsonrpc")) || ((data.id === undefined) && (missing0 = "id"))) || ((data.result === undefined) && (missing0 = "result"))){
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
if(!(((key0 === "jsonrpc") || (key0 === "id")) || (key0 === "result"))){
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
if(data.jsonrpc !== undefined){
let data0 = data.jsonrpc;
const _errs4 = errors;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/jsonrpc",schemaPath:"#/oneOf/0/properties/jsonrpc/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if("2.0" !== data0){
const err3 = {instancePath:instancePath+"/jsonrpc",schemaPath:"#/oneOf/0/properties/jsonrpc/const",keyword:"const",params:{allowedValue: "2.0"},message:"must be equal to constant"};
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
if(data.id !== undefined){
let data1 = data.id;
const _errs6 = errors;
if((typeof data1 !== "string") && (!((typeof data1 == "number") && (isFinite(data1))))){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/oneOf/0/properties/id/type",keyword:"type",params:{type: schema16.oneOf[0].properties.id.type},message:"must be string,number"};
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
if(data.result !== undefined){
let data2 = data.result;
const _errs8 = errors;
if(errors === _errs8){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if(((data2.code === undefined) && (missing1 = "code")) || ((data2.message === undefined) && (missing1 = "message"))){
const err5 = {instancePath:instancePath+"/result",schemaPath:"#/oneOf/0/properties/result/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
const _errs10 = errors;
for(const key1 in data2){
if(!((key1 === "code") || (key1 === "message"))){
const err6 = {instancePath:instancePath+"/result",schemaPath:"#/oneOf/0/properties/result/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
break;
}
}
if(_errs10 === errors){
if(data2.code !== undefined){
let data3 = data2.code;
const _errs11 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err7 = {instancePath:instancePath+"/result/code",schemaPath:"#/oneOf/0/properties/result/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(200 !== data3){
const err8 = {instancePath:instancePath+"/result/code",schemaPath:"#/oneOf/0/properties/result/properties/code/const",keyword:"const",params:{allowedValue: 200},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.message !== undefined){
const _errs13 = errors;
if(typeof data2.message !== "string"){
const err9 = {instancePath:instancePath+"/result/message",schemaPath:"#/oneOf/0/properties/result/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
else {
const err10 = {instancePath:instancePath+"/result",schemaPath:"#/oneOf/0/properties/result/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
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
const _errs15 = errors;
if(errors === _errs15){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((((data.jsonrpc === undefined) && (missing2 = "jsonrpc")) || ((data.id === undefined) && (missing2 = "id"))) || ((data.error === undefined) && (missing2 = "error"))){
const err12 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
const _errs17 = errors;
for(const key2 in data){
if(!(((key2 === "jsonrpc") || (key2 === "id")) || (key2 === "error"))){
const err13 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
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
if(_errs17 === errors){
if(data.jsonrpc !== undefined){
let data5 = data.jsonrpc;
const _errs18 = errors;
if(typeof data5 !== "string"){
const err14 = {instancePath:instancePath+"/jsonrpc",schemaPath:"#/oneOf/1/properties/jsonrpc/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if("2.0" !== data5){
const err15 = {instancePath:instancePath+"/jsonrpc",schemaPath:"#/oneOf/1/properties/jsonrpc/const",keyword:"const",params:{allowedValue: "2.0"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var valid3 = _errs18 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.id !== undefined){
let data6 = data.id;
const _errs20 = errors;
if(((typeof data6 !== "string") && (!((typeof data6 == "number") && (isFinite(data6))))) && (data6 !== null)){
const err16 = {instancePath:instancePath+"/id",schemaPath:"#/oneOf/1/properties/id/type",keyword:"type",params:{type: schema16.oneOf[1].properties.id.type},message:"must be string,number,null"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var valid3 = _errs20 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.error !== undefined){
let data7 = data.error;
const _errs22 = errors;
if(errors === _errs22){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
let missing3;
if(((data7.code === undefined) && (missing3 = "code")) || ((data7.message === undefined) && (missing3 = "message"))){
const err17 = {instancePath:instancePath+"/error",schemaPath:"#/oneOf/1/properties/error/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
const _errs24 = errors;
for(const key3 in data7){
if(!(((key3 === "code") || (key3 === "message")) || (key3 === "data"))){
const err18 = {instancePath:instancePath+"/error",schemaPath:"#/oneOf/1/properties/error/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
break;
}
}
if(_errs24 === errors){
if(data7.code !== undefined){
let data8 = data7.code;
const _errs25 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err19 = {instancePath:instancePath+"/error/code",schemaPath:"#/oneOf/1/properties/error/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var valid4 = _errs25 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data7.message !== undefined){
const _errs27 = errors;
if(typeof data7.message !== "string"){
const err20 = {instancePath:instancePath+"/error/message",schemaPath:"#/oneOf/1/properties/error/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var valid4 = _errs27 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
else {
const err21 = {instancePath:instancePath+"/error",schemaPath:"#/oneOf/1/properties/error/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
var valid3 = _errs22 === errors;
}
else {
var valid3 = true;
}
}
}
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
const err23 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
validate15.errors = vErrors;
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
validate15.errors = vErrors;
return errors === 0;
}

export const ajvFailFastAoi1ClientAppRegistrationReq = validate16;
const schema17 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://omaspec.dev/schemas/aoi1/clientAppRegistrationReq.schema.json","title":"clientAppRegistrationReq","description":"Client Application Registration request.","x-omaspec":{"interface":"aoi1","name":"clientAppRegistrationReq","id":"aoi1.clientAppRegistrationReq","typeName":"Aoi1ClientAppRegistrationReq","envelope":"jsonrpc","kind":"request","direction":"clientToServer","source":{"cr":"000_405bc08fdded4f6d.txt","section":"10.1.5","line":21},"method":"clientAppRegistrationReq","response":"aoi1.clientAppRegistrationRes"},"type":"object","properties":{"jsonrpc":{"title":"jsonrpc","description":"The JSON-RPC protocol version; exactly \"2.0\".","type":"string","const":"2.0"},"method":{"title":"method","description":"The JSON-RPC method.","type":"string","const":"clientAppRegistrationReq"},"id":{"title":"JsonRpcId","description":"Request identifier, echoed in the response: a string or a number.","type":["string","number"]},"params":{"title":"clientAppRegistrationReqParams","description":"Client Application Registration request.","type":"object","properties":{"clientID":{"title":"clientID","type":"string","x-omaspec-source":{"cr":"000_405bc08fdded4f6d.txt","section":"10.1.5","line":25}},"tokenSeed":{"title":"tokenSeed","type":"string","x-omaspec-source":{"cr":"000_405bc08fdded4f6d.txt","section":"10.1.5","line":26}}},"required":["clientID"],"additionalProperties":false}},"required":["jsonrpc","method","id","params"],"additionalProperties":false};

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://omaspec.dev/schemas/aoi1/clientAppRegistrationReq.schema.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.jsonrpc === undefined) && (missing0 = "jsonrpc")) || ((data.method === undefined) && (missing0 = "method"))) || ((data.id === undefined) && (missing0 = "id"))) || ((data.params === undefined) && (missing0 = "params"))){
validate16.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "jsonrpc") || (key0 === "method")) || (key0 === "id")) || (key0 === "params"))){
validate16.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.jsonrpc !== undefined){
let data0 = data.jsonrpc;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate16.errors = [{instancePath:instancePath+"/jsonrpc",schemaPath:"#/properties/jsonrpc/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("2.0" !== data0){
validate16.errors = [{instancePath:instancePath+"/jsonrpc",schemaPath:"#/properties/jsonrpc/const",keyword:"const",params:{allowedValue: "2.0"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.method !== undefined){
let data1 = data.method;
const _errs4 = errors;
if(typeof data1 !== "string"){
validate16.errors = [{instancePath:instancePath+"/method",schemaPath:"#/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("clientAppRegistrationReq" !== data1){
validate16.errors = [{instancePath:instancePath+"/method",schemaPath:"#/properties/method/const",keyword:"const",params:{allowedValue: "clientAppRegistrationReq"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data2 = data.id;
const _errs6 = errors;
if((typeof data2 !== "string") && (!((typeof data2 == "number") && (isFinite(data2))))){
validate16.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: schema17.properties.id.type},message:"must be string,number"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.params !== undefined){
let data3 = data.params;
const _errs8 = errors;
if(errors === _errs8){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing1;
if((data3.clientID === undefined) && (missing1 = "clientID")){
validate16.errors = [{instancePath:instancePath+"/params",schemaPath:"#/properties/params/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs10 = errors;
for(const key1 in data3){
if(!((key1 === "clientID") || (key1 === "tokenSeed"))){
validate16.errors = [{instancePath:instancePath+"/params",schemaPath:"#/properties/params/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs10 === errors){
if(data3.clientID !== undefined){
const _errs11 = errors;
if(typeof data3.clientID !== "string"){
validate16.errors = [{instancePath:instancePath+"/params/clientID",schemaPath:"#/properties/params/properties/clientID/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs11 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.tokenSeed !== undefined){
const _errs13 = errors;
if(typeof data3.tokenSeed !== "string"){
validate16.errors = [{instancePath:instancePath+"/params/tokenSeed",schemaPath:"#/properties/params/properties/tokenSeed/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs13 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
else {
validate16.errors = [{instancePath:instancePath+"/params",schemaPath:"#/properties/params/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs8 === errors;
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
else {
validate16.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate16.errors = vErrors;
return errors === 0;
}

export const ajvFailFastAoi1ClientAppRegistrationRes = validate17;
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
if(errors === _errs1){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.jsonrpc === undefined) && (missing0 = "jsonrpc")) || ((data.id === undefined) && (missing0 = "id"))) || ((data.result === undefined) && (missing0 = "result"))){
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
if(!(((key0 === "jsonrpc") || (key0 === "id")) || (key0 === "result"))){
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
if(data.jsonrpc !== undefined){
let data0 = data.jsonrpc;
const _errs4 = errors;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/jsonrpc",schemaPath:"#/oneOf/0/properties/jsonrpc/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if("2.0" !== data0){
const err3 = {instancePath:instancePath+"/jsonrpc",schemaPath:"#/oneOf/0/properties/jsonrpc/const",keyword:"const",params:{allowedValue: "2.0"},message:"must be equal to constant"};
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
if(data.id !== undefined){
let data1 = data.id;
const _errs6 = errors;
if((typeof data1 !== "string") && (!((typeof data1 == "number") && (isFinite(data1))))){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/oneOf/0/properties/id/type",keyword:"type",params:{type: schema18.oneOf[0].properties.id.type},message:"must be string,number"};
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
if(data.result !== undefined){
let data2 = data.result;
const _errs8 = errors;
if(errors === _errs8){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if((((data2.code === undefined) && (missing1 = "code")) || ((data2.message === undefined) && (missing1 = "message"))) || ((data2.clientAppToken === undefined) && (missing1 = "clientAppToken"))){
const err5 = {instancePath:instancePath+"/result",schemaPath:"#/oneOf/0/properties/result/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
const _errs10 = errors;
for(const key1 in data2){
if(!((((key1 === "code") || (key1 === "message")) || (key1 === "clientAppToken")) || (key1 === "aoiServerUrl"))){
const err6 = {instancePath:instancePath+"/result",schemaPath:"#/oneOf/0/properties/result/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
break;
}
}
if(_errs10 === errors){
if(data2.code !== undefined){
let data3 = data2.code;
const _errs11 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err7 = {instancePath:instancePath+"/result/code",schemaPath:"#/oneOf/0/properties/result/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(200 !== data3){
const err8 = {instancePath:instancePath+"/result/code",schemaPath:"#/oneOf/0/properties/result/properties/code/const",keyword:"const",params:{allowedValue: 200},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.message !== undefined){
const _errs13 = errors;
if(typeof data2.message !== "string"){
const err9 = {instancePath:instancePath+"/result/message",schemaPath:"#/oneOf/0/properties/result/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.clientAppToken !== undefined){
const _errs15 = errors;
if(typeof data2.clientAppToken !== "string"){
const err10 = {instancePath:instancePath+"/result/clientAppToken",schemaPath:"#/oneOf/0/properties/result/properties/clientAppToken/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.aoiServerUrl !== undefined){
let data6 = data2.aoiServerUrl;
const _errs17 = errors;
if(errors === _errs17){
if(errors === _errs17){
if(typeof data6 === "string"){
if(!(formats0(data6))){
const err11 = {instancePath:instancePath+"/result/aoiServerUrl",schemaPath:"#/oneOf/0/properties/result/properties/aoiServerUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/result/aoiServerUrl",schemaPath:"#/oneOf/0/properties/result/properties/aoiServerUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
var valid2 = _errs17 === errors;
}
else {
var valid2 = true;
}
}
}
}
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
const err14 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs19 = errors;
if(errors === _errs19){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((((data.jsonrpc === undefined) && (missing2 = "jsonrpc")) || ((data.id === undefined) && (missing2 = "id"))) || ((data.error === undefined) && (missing2 = "error"))){
const err15 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
const _errs21 = errors;
for(const key2 in data){
if(!(((key2 === "jsonrpc") || (key2 === "id")) || (key2 === "error"))){
const err16 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
break;
}
}
if(_errs21 === errors){
if(data.jsonrpc !== undefined){
let data7 = data.jsonrpc;
const _errs22 = errors;
if(typeof data7 !== "string"){
const err17 = {instancePath:instancePath+"/jsonrpc",schemaPath:"#/oneOf/1/properties/jsonrpc/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if("2.0" !== data7){
const err18 = {instancePath:instancePath+"/jsonrpc",schemaPath:"#/oneOf/1/properties/jsonrpc/const",keyword:"const",params:{allowedValue: "2.0"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var valid3 = _errs22 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.id !== undefined){
let data8 = data.id;
const _errs24 = errors;
if(((typeof data8 !== "string") && (!((typeof data8 == "number") && (isFinite(data8))))) && (data8 !== null)){
const err19 = {instancePath:instancePath+"/id",schemaPath:"#/oneOf/1/properties/id/type",keyword:"type",params:{type: schema18.oneOf[1].properties.id.type},message:"must be string,number,null"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var valid3 = _errs24 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.error !== undefined){
let data9 = data.error;
const _errs26 = errors;
if(errors === _errs26){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
let missing3;
if(((data9.code === undefined) && (missing3 = "code")) || ((data9.message === undefined) && (missing3 = "message"))){
const err20 = {instancePath:instancePath+"/error",schemaPath:"#/oneOf/1/properties/error/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
else {
const _errs28 = errors;
for(const key3 in data9){
if(!(((key3 === "code") || (key3 === "message")) || (key3 === "data"))){
const err21 = {instancePath:instancePath+"/error",schemaPath:"#/oneOf/1/properties/error/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
break;
}
}
if(_errs28 === errors){
if(data9.code !== undefined){
let data10 = data9.code;
const _errs29 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err22 = {instancePath:instancePath+"/error/code",schemaPath:"#/oneOf/1/properties/error/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var valid4 = _errs29 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data9.message !== undefined){
const _errs31 = errors;
if(typeof data9.message !== "string"){
const err23 = {instancePath:instancePath+"/error/message",schemaPath:"#/oneOf/1/properties/error/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var valid4 = _errs31 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
else {
const err24 = {instancePath:instancePath+"/error",schemaPath:"#/oneOf/1/properties/error/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
var valid3 = _errs26 === errors;
}
else {
var valid3 = true;
}
}
}
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
const err26 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
validate17.errors = vErrors;
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
validate17.errors = vErrors;
return errors === 0;
}

export const ajvFailFastNotificationDeliveryReq = validate18;
const schema19 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://omaspec.dev/schemas/aoi1/notificationDeliveryReq.schema.json","title":"notificationDeliveryReq","description":"Notification delivery request.","x-omaspec":{"interface":"aoi1","name":"notificationDeliveryReq","id":"notificationDeliveryReq","typeName":"NotificationDeliveryReq","envelope":"jsonrpc","kind":"request","direction":"serverToClient","source":{"cr":"extensions/notifications.yaml","section":"extension:notifications","line":99},"method":"notificationDeliveryReq","response":"notificationDeliveryRes","provisional":true},"type":"object","properties":{"jsonrpc":{"title":"jsonrpc","description":"The JSON-RPC protocol version; exactly \"2.0\".","type":"string","const":"2.0"},"method":{"title":"method","description":"The JSON-RPC method.","type":"string","const":"notificationDeliveryReq"},"id":{"title":"JsonRpcId","description":"Request identifier, echoed in the response: a string or a number.","type":["string","number"]},"params":{"title":"notificationDeliveryReqParams","description":"Notification delivery request.","type":"object","properties":{"clientAppToken":{"title":"clientAppToken","description":"The Client Application Token the notification is addressed to.","type":"string","minLength":1,"x-omaspec-source":{"cr":"extensions/notifications.yaml","section":"extension:notifications","line":110}},"payload":{"title":"payload","description":"The notification content as submitted.","type":"object","x-omaspec-source":{"cr":"extensions/notifications.yaml","section":"extension:notifications","line":114}},"priority":{"title":"priority","description":"The submitted priority (5 when the submitter gave none).","type":"integer","minimum":0,"maximum":9,"x-omaspec-source":{"cr":"extensions/notifications.yaml","section":"extension:notifications","line":118}},"notificationId":{"title":"notificationId","description":"Identifies the notification; a client that sees an id again acknowledges it without forwarding it twice.","type":"string","minLength":1,"x-omaspec-source":{"cr":"extensions/notifications.yaml","section":"extension:notifications","line":122}}},"required":["clientAppToken","payload","priority","notificationId"],"additionalProperties":false}},"required":["jsonrpc","method","id","params"],"additionalProperties":false};
const func2 = require("ajv/dist/runtime/ucs2length").default;

function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://omaspec.dev/schemas/aoi1/notificationDeliveryReq.schema.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.jsonrpc === undefined) && (missing0 = "jsonrpc")) || ((data.method === undefined) && (missing0 = "method"))) || ((data.id === undefined) && (missing0 = "id"))) || ((data.params === undefined) && (missing0 = "params"))){
validate18.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "jsonrpc") || (key0 === "method")) || (key0 === "id")) || (key0 === "params"))){
validate18.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.jsonrpc !== undefined){
let data0 = data.jsonrpc;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate18.errors = [{instancePath:instancePath+"/jsonrpc",schemaPath:"#/properties/jsonrpc/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("2.0" !== data0){
validate18.errors = [{instancePath:instancePath+"/jsonrpc",schemaPath:"#/properties/jsonrpc/const",keyword:"const",params:{allowedValue: "2.0"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.method !== undefined){
let data1 = data.method;
const _errs4 = errors;
if(typeof data1 !== "string"){
validate18.errors = [{instancePath:instancePath+"/method",schemaPath:"#/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("notificationDeliveryReq" !== data1){
validate18.errors = [{instancePath:instancePath+"/method",schemaPath:"#/properties/method/const",keyword:"const",params:{allowedValue: "notificationDeliveryReq"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data2 = data.id;
const _errs6 = errors;
if((typeof data2 !== "string") && (!((typeof data2 == "number") && (isFinite(data2))))){
validate18.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: schema19.properties.id.type},message:"must be string,number"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.params !== undefined){
let data3 = data.params;
const _errs8 = errors;
if(errors === _errs8){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing1;
if(((((data3.clientAppToken === undefined) && (missing1 = "clientAppToken")) || ((data3.payload === undefined) && (missing1 = "payload"))) || ((data3.priority === undefined) && (missing1 = "priority"))) || ((data3.notificationId === undefined) && (missing1 = "notificationId"))){
validate18.errors = [{instancePath:instancePath+"/params",schemaPath:"#/properties/params/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs10 = errors;
for(const key1 in data3){
if(!((((key1 === "clientAppToken") || (key1 === "payload")) || (key1 === "priority")) || (key1 === "notificationId"))){
validate18.errors = [{instancePath:instancePath+"/params",schemaPath:"#/properties/params/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs10 === errors){
if(data3.clientAppToken !== undefined){
let data4 = data3.clientAppToken;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data4 === "string"){
if(func2(data4) < 1){
validate18.errors = [{instancePath:instancePath+"/params/clientAppToken",schemaPath:"#/properties/params/properties/clientAppToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate18.errors = [{instancePath:instancePath+"/params/clientAppToken",schemaPath:"#/properties/params/properties/clientAppToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs11 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.payload !== undefined){
let data5 = data3.payload;
const _errs13 = errors;
if(!(data5 && typeof data5 == "object" && !Array.isArray(data5))){
validate18.errors = [{instancePath:instancePath+"/params/payload",schemaPath:"#/properties/params/properties/payload/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid1 = _errs13 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.priority !== undefined){
let data6 = data3.priority;
const _errs15 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
validate18.errors = [{instancePath:instancePath+"/params/priority",schemaPath:"#/properties/params/properties/priority/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs15){
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 9 || isNaN(data6)){
validate18.errors = [{instancePath:instancePath+"/params/priority",schemaPath:"#/properties/params/properties/priority/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9},message:"must be <= 9"}];
return false;
}
else {
if(data6 < 0 || isNaN(data6)){
validate18.errors = [{instancePath:instancePath+"/params/priority",schemaPath:"#/properties/params/properties/priority/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid1 = _errs15 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.notificationId !== undefined){
let data7 = data3.notificationId;
const _errs17 = errors;
if(errors === _errs17){
if(typeof data7 === "string"){
if(func2(data7) < 1){
validate18.errors = [{instancePath:instancePath+"/params/notificationId",schemaPath:"#/properties/params/properties/notificationId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate18.errors = [{instancePath:instancePath+"/params/notificationId",schemaPath:"#/properties/params/properties/notificationId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs17 === errors;
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
else {
validate18.errors = [{instancePath:instancePath+"/params",schemaPath:"#/properties/params/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs8 === errors;
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
else {
validate18.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate18.errors = vErrors;
return errors === 0;
}

export const ajvFailFastNotificationDeliveryRes = validate19;
const schema20 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://omaspec.dev/schemas/aoi1/notificationDeliveryRes.schema.json","title":"notificationDeliveryRes","description":"Notification delivery response.","x-omaspec":{"interface":"aoi1","name":"notificationDeliveryRes","id":"notificationDeliveryRes","typeName":"NotificationDeliveryRes","envelope":"jsonrpc","kind":"response","direction":"clientToServer","source":{"cr":"extensions/notifications.yaml","section":"extension:notifications","line":131},"method":"notificationDeliveryReq","responseTo":"notificationDeliveryReq","provisional":true},"oneOf":[{"title":"notificationDeliveryResSuccess","description":"JSON-RPC 2.0 success response envelope.","type":"object","properties":{"jsonrpc":{"title":"jsonrpc","description":"The JSON-RPC protocol version; exactly \"2.0\".","type":"string","const":"2.0"},"id":{"title":"JsonRpcId","description":"Request identifier, echoed in the response: a string or a number.","type":["string","number"]},"result":{"title":"notificationDeliveryResResult","description":"Notification delivery response.","type":"object","properties":{"code":{"title":"code","description":"200, forwarded to every matching Client Application instance.","type":"integer","const":200,"x-omaspec-source":{"cr":"extensions/notifications.yaml","section":"extension:notifications","line":142}},"message":{"title":"message","description":"Textual description of the outcome.","type":"string","x-omaspec-source":{"cr":"extensions/notifications.yaml","section":"extension:notifications","line":146}}},"required":["code","message"],"additionalProperties":false}},"required":["jsonrpc","id","result"],"additionalProperties":false},{"title":"notificationDeliveryResError","description":"JSON-RPC 2.0 error response envelope.","type":"object","properties":{"jsonrpc":{"title":"jsonrpc","description":"The JSON-RPC protocol version; exactly \"2.0\".","type":"string","const":"2.0"},"id":{"title":"JsonRpcResponseId","description":"The id of the request answered; null when it could not be read.","type":["string","number","null"]},"error":{"title":"notificationDeliveryResError","description":"Notification delivery response.","type":"object","properties":{"code":{"title":"code","description":"404 when no Client Application instance matches the token; 503 when the client cannot take it now.","type":"integer","minimum":400,"maximum":599,"x-omaspec-source":{"cr":"extensions/notifications.yaml","section":"extension:notifications","line":152}},"message":{"title":"message","description":"Textual description of the outcome.","type":"string","x-omaspec-source":{"cr":"extensions/notifications.yaml","section":"extension:notifications","line":156}},"data":{"title":"data","description":"Additional information about the error (JSON-RPC 2.0 §5.1), e.g. the validation issues of an invalid request.","x-omaspec-source":{"cr":"extensions/notifications.yaml","section":"extension:notifications","line":150}}},"required":["code","message"],"additionalProperties":false}},"required":["jsonrpc","id","error"],"additionalProperties":false}]};

function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://omaspec.dev/schemas/aoi1/notificationDeliveryRes.schema.json" */;
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(errors === _errs1){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.jsonrpc === undefined) && (missing0 = "jsonrpc")) || ((data.id === undefined) && (missing0 = "id"))) || ((data.result === undefined) && (missing0 = "result"))){
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
if(!(((key0 === "jsonrpc") || (key0 === "id")) || (key0 === "result"))){
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
if(data.jsonrpc !== undefined){
let data0 = data.jsonrpc;
const _errs4 = errors;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/jsonrpc",schemaPath:"#/oneOf/0/properties/jsonrpc/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if("2.0" !== data0){
const err3 = {instancePath:instancePath+"/jsonrpc",schemaPath:"#/oneOf/0/properties/jsonrpc/const",keyword:"const",params:{allowedValue: "2.0"},message:"must be equal to constant"};
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
if(data.id !== undefined){
let data1 = data.id;
const _errs6 = errors;
if((typeof data1 !== "string") && (!((typeof data1 == "number") && (isFinite(data1))))){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/oneOf/0/properties/id/type",keyword:"type",params:{type: schema20.oneOf[0].properties.id.type},message:"must be string,number"};
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
if(data.result !== undefined){
let data2 = data.result;
const _errs8 = errors;
if(errors === _errs8){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if(((data2.code === undefined) && (missing1 = "code")) || ((data2.message === undefined) && (missing1 = "message"))){
const err5 = {instancePath:instancePath+"/result",schemaPath:"#/oneOf/0/properties/result/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
const _errs10 = errors;
for(const key1 in data2){
if(!((key1 === "code") || (key1 === "message"))){
const err6 = {instancePath:instancePath+"/result",schemaPath:"#/oneOf/0/properties/result/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
break;
}
}
if(_errs10 === errors){
if(data2.code !== undefined){
let data3 = data2.code;
const _errs11 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err7 = {instancePath:instancePath+"/result/code",schemaPath:"#/oneOf/0/properties/result/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(200 !== data3){
const err8 = {instancePath:instancePath+"/result/code",schemaPath:"#/oneOf/0/properties/result/properties/code/const",keyword:"const",params:{allowedValue: 200},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.message !== undefined){
const _errs13 = errors;
if(typeof data2.message !== "string"){
const err9 = {instancePath:instancePath+"/result/message",schemaPath:"#/oneOf/0/properties/result/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
else {
const err10 = {instancePath:instancePath+"/result",schemaPath:"#/oneOf/0/properties/result/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
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
const _errs15 = errors;
if(errors === _errs15){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((((data.jsonrpc === undefined) && (missing2 = "jsonrpc")) || ((data.id === undefined) && (missing2 = "id"))) || ((data.error === undefined) && (missing2 = "error"))){
const err12 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
const _errs17 = errors;
for(const key2 in data){
if(!(((key2 === "jsonrpc") || (key2 === "id")) || (key2 === "error"))){
const err13 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
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
if(_errs17 === errors){
if(data.jsonrpc !== undefined){
let data5 = data.jsonrpc;
const _errs18 = errors;
if(typeof data5 !== "string"){
const err14 = {instancePath:instancePath+"/jsonrpc",schemaPath:"#/oneOf/1/properties/jsonrpc/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if("2.0" !== data5){
const err15 = {instancePath:instancePath+"/jsonrpc",schemaPath:"#/oneOf/1/properties/jsonrpc/const",keyword:"const",params:{allowedValue: "2.0"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var valid3 = _errs18 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.id !== undefined){
let data6 = data.id;
const _errs20 = errors;
if(((typeof data6 !== "string") && (!((typeof data6 == "number") && (isFinite(data6))))) && (data6 !== null)){
const err16 = {instancePath:instancePath+"/id",schemaPath:"#/oneOf/1/properties/id/type",keyword:"type",params:{type: schema20.oneOf[1].properties.id.type},message:"must be string,number,null"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var valid3 = _errs20 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.error !== undefined){
let data7 = data.error;
const _errs22 = errors;
if(errors === _errs22){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
let missing3;
if(((data7.code === undefined) && (missing3 = "code")) || ((data7.message === undefined) && (missing3 = "message"))){
const err17 = {instancePath:instancePath+"/error",schemaPath:"#/oneOf/1/properties/error/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
const _errs24 = errors;
for(const key3 in data7){
if(!(((key3 === "code") || (key3 === "message")) || (key3 === "data"))){
const err18 = {instancePath:instancePath+"/error",schemaPath:"#/oneOf/1/properties/error/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
break;
}
}
if(_errs24 === errors){
if(data7.code !== undefined){
let data8 = data7.code;
const _errs25 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err19 = {instancePath:instancePath+"/error/code",schemaPath:"#/oneOf/1/properties/error/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(errors === _errs25){
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 599 || isNaN(data8)){
const err20 = {instancePath:instancePath+"/error/code",schemaPath:"#/oneOf/1/properties/error/properties/code/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
else {
if(data8 < 400 || isNaN(data8)){
const err21 = {instancePath:instancePath+"/error/code",schemaPath:"#/oneOf/1/properties/error/properties/code/minimum",keyword:"minimum",params:{comparison: ">=", limit: 400},message:"must be >= 400"};
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
}
var valid4 = _errs25 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data7.message !== undefined){
const _errs27 = errors;
if(typeof data7.message !== "string"){
const err22 = {instancePath:instancePath+"/error/message",schemaPath:"#/oneOf/1/properties/error/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var valid4 = _errs27 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
else {
const err23 = {instancePath:instancePath+"/error",schemaPath:"#/oneOf/1/properties/error/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
var valid3 = _errs22 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
else {
const err24 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
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
const err25 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
validate19.errors = vErrors;
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
validate19.errors = vErrors;
return errors === 0;
}

const $accepted = Symbol('accepted');


function $m0_check($m0_data0) {
if (!((typeof $m0_data0 === 'object' && $m0_data0 !== null && !Array.isArray($m0_data0)))) return false;
{
const $m0_v1 = $m0_data0["messageType"];
if ($m0_v1 === undefined) return false;
if (!($m0_v1 === "aoiClientDeregistrationReq")) return false;
}
{
const $m0_v2 = $m0_data0["clientID"];
if ($m0_v2 === undefined) return false;
if (!(typeof $m0_v2 === 'string')) return false;
}
for (const $m0_key3 in $m0_data0) if ($m0_key3 !== "messageType" && $m0_key3 !== "clientID") return false;
return true;
}
let $m0_rejected = $accepted;
export const failFastAoiClientDeregistrationReq = function failFastAoiClientDeregistrationReq(data) {
  const valid = $m0_check(data);
  $m0_rejected = valid ? $accepted : data;
  return valid;
};
Object.defineProperty(failFastAoiClientDeregistrationReq, 'errors', {
  get: () => ($m0_rejected === $accepted || ajvFailFastAoiClientDeregistrationReq($m0_rejected) ? null : ajvFailFastAoiClientDeregistrationReq.errors),
});


function $m1_check($m1_data0) {
if (!((typeof $m1_data0 === 'object' && $m1_data0 !== null && !Array.isArray($m1_data0)))) return false;
{
const $m1_v1 = $m1_data0["messageType"];
if ($m1_v1 === undefined) return false;
if (!($m1_v1 === "aoiClientDeregistrationRes")) return false;
}
{
const $m1_v2 = $m1_data0["code"];
if ($m1_v2 === undefined) return false;
if (!(Number.isInteger($m1_v2))) return false;
}
{
const $m1_v3 = $m1_data0["desc"];
if ($m1_v3 === undefined) return false;
if (!(typeof $m1_v3 === 'string')) return false;
}
for (const $m1_key4 in $m1_data0) if ($m1_key4 !== "messageType" && $m1_key4 !== "code" && $m1_key4 !== "desc") return false;
return true;
}
let $m1_rejected = $accepted;
export const failFastAoiClientDeregistrationRes = function failFastAoiClientDeregistrationRes(data) {
  const valid = $m1_check(data);
  $m1_rejected = valid ? $accepted : data;
  return valid;
};
Object.defineProperty(failFastAoiClientDeregistrationRes, 'errors', {
  get: () => ($m1_rejected === $accepted || ajvFailFastAoiClientDeregistrationRes($m1_rejected) ? null : ajvFailFastAoiClientDeregistrationRes.errors),
});


function $m2_check($m2_data0) {
if (!((typeof $m2_data0 === 'object' && $m2_data0 !== null && !Array.isArray($m2_data0)))) return false;
{
const $m2_v1 = $m2_data0["messageType"];
if ($m2_v1 === undefined) return false;
if (!($m2_v1 === "aoiClientRegistrationReq")) return false;
}
{
const $m2_v2 = $m2_data0["deviceNumber"];
if ($m2_v2 === undefined) return false;
if (!(typeof $m2_v2 === 'string')) return false;
}
for (const $m2_key3 in $m2_data0) if ($m2_key3 !== "messageType" && $m2_key3 !== "deviceNumber") return false;
return true;
}
let $m2_rejected = $accepted;
export const failFastAoiClientRegistrationReq = function failFastAoiClientRegistrationReq(data) {
  const valid = $m2_check(data);
  $m2_rejected = valid ? $accepted : data;
  return valid;
};
Object.defineProperty(failFastAoiClientRegistrationReq, 'errors', {
  get: () => ($m2_rejected === $accepted || ajvFailFastAoiClientRegistrationReq($m2_rejected) ? null : ajvFailFastAoiClientRegistrationReq.errors),
});

function $m3_check2($m3_v3) {
if (!((typeof $m3_v3 === 'object' && $m3_v3 !== null && !Array.isArray($m3_v3)))) return false;
{
const $m3_v4 = $m3_v3["messageType"];
if ($m3_v4 === undefined) return false;
if (!($m3_v4 === "aoiClientRegistrationRes")) return false;
}
{
const $m3_v5 = $m3_v3["clientID"];
if ($m3_v5 === undefined) return false;
if (!(typeof $m3_v5 === 'string')) return false;
}
{
const $m3_v6 = $m3_v3["code"];
if ($m3_v6 === undefined) return false;
if (!($m3_v6 === 200)) return false;
}
{
const $m3_v7 = $m3_v3["desc"];
if ($m3_v7 === undefined) return false;
if (!(typeof $m3_v7 === 'string')) return false;
}
for (const $m3_key8 in $m3_v3) if ($m3_key8 !== "messageType" && $m3_key8 !== "clientID" && $m3_key8 !== "code" && $m3_key8 !== "desc") return false;
return true;
}
function $m3_check9($m3_v10) {
if (!((typeof $m3_v10 === 'object' && $m3_v10 !== null && !Array.isArray($m3_v10)))) return false;
{
const $m3_v11 = $m3_v10["messageType"];
if ($m3_v11 === undefined) return false;
if (!($m3_v11 === "aoiClientRegistrationRes")) return false;
}
{
const $m3_v12 = $m3_v10["code"];
if ($m3_v12 === undefined) return false;
if (!(Number.isInteger($m3_v12))) return false;
if ($m3_v12 > 599) return false;
if ($m3_v12 < 400) return false;
}
{
const $m3_v13 = $m3_v10["desc"];
if ($m3_v13 === undefined) return false;
if (!(typeof $m3_v13 === 'string')) return false;
}
for (const $m3_key14 in $m3_v10) if ($m3_key14 !== "messageType" && $m3_key14 !== "code" && $m3_key14 !== "desc") return false;
return true;
}
function $m3_check($m3_data0) {
let $m3_passing1 = 0;
if ($m3_check2($m3_data0) && ++$m3_passing1 > 1) return false;
if ($m3_check9($m3_data0) && ++$m3_passing1 > 1) return false;
if ($m3_passing1 === 0) return false;
return true;
}
let $m3_rejected = $accepted;
export const failFastAoiClientRegistrationRes = function failFastAoiClientRegistrationRes(data) {
  const valid = $m3_check(data);
  $m3_rejected = valid ? $accepted : data;
  return valid;
};
Object.defineProperty(failFastAoiClientRegistrationRes, 'errors', {
  get: () => ($m3_rejected === $accepted || ajvFailFastAoiClientRegistrationRes($m3_rejected) ? null : ajvFailFastAoiClientRegistrationRes.errors),
});


function $m4_check($m4_data0) {
if (!((typeof $m4_data0 === 'object' && $m4_data0 !== null && !Array.isArray($m4_data0)))) return false;
{
const $m4_v1 = $m4_data0["jsonrpc"];
if ($m4_v1 === undefined) return false;
if (!($m4_v1 === "2.0")) return false;
}
{
const $m4_v2 = $m4_data0["method"];
if ($m4_v2 === undefined) return false;
if (!($m4_v2 === "clientAppDeregistrationReq")) return false;
}
{
const $m4_v3 = $m4_data0["id"];
if ($m4_v3 === undefined) return false;
if (!(typeof $m4_v3 === 'string' || (typeof $m4_v3 === 'number' && isFinite($m4_v3)))) return false;
}
{
const $m4_v4 = $m4_data0["params"];
if ($m4_v4 === undefined) return false;
if (!((typeof $m4_v4 === 'object' && $m4_v4 !== null && !Array.isArray($m4_v4)))) return false;
{
const $m4_v5 = $m4_v4["clientID"];
if ($m4_v5 === undefined) return false;
if (!(typeof $m4_v5 === 'string')) return false;
}
{
const $m4_v6 = $m4_v4["clientAppToken"];
if ($m4_v6 === undefined) return false;
if (!(typeof $m4_v6 === 'string')) return false;
}
for (const $m4_key7 in $m4_v4) if ($m4_key7 !== "clientID" && $m4_key7 !== "clientAppToken") return false;
}
for (const $m4_key8 in $m4_data0) if ($m4_key8 !== "jsonrpc" && $m4_key8 !== "method" && $m4_key8 !== "id" && $m4_key8 !== "params") return false;
return true;
}
let $m4_rejected = $accepted;
export const failFastClientAppDeregistrationReq = function failFastClientAppDeregistrationReq(data) {
  const valid = $m4_check(data);
  $m4_rejected = valid ? $accepted : data;
  return valid;
};
Object.defineProperty(failFastClientAppDeregistrationReq, 'errors', {
  get: () => ($m4_rejected === $accepted || ajvFailFastClientAppDeregistrationReq($m4_rejected) ? null : ajvFailFastClientAppDeregistrationReq.errors),
});

function $m5_check2($m5_v3) {
if (!((typeof $m5_v3 === 'object' && $m5_v3 !== null && !Array.isArray($m5_v3)))) return false;
{
const $m5_v4 = $m5_v3["jsonrpc"];
if ($m5_v4 === undefined) return false;
if (!($m5_v4 === "2.0")) return false;
}
{
const $m5_v5 = $m5_v3["id"];
if ($m5_v5 === undefined) return false;
if (!(typeof $m5_v5 === 'string' || (typeof $m5_v5 === 'number' && isFinite($m5_v5)))) return false;
}
{
const $m5_v6 = $m5_v3["result"];
if ($m5_v6 === undefined) return false;
if (!((typeof $m5_v6 === 'object' && $m5_v6 !== null && !Array.isArray($m5_v6)))) return false;
{
const $m5_v7 = $m5_v6["code"];
if ($m5_v7 === undefined) return false;
if (!($m5_v7 === 200)) return false;
}
{
const $m5_v8 = $m5_v6["message"];
if ($m5_v8 === undefined) return false;
if (!(typeof $m5_v8 === 'string')) return false;
}
for (const $m5_key9 in $m5_v6) if ($m5_key9 !== "code" && $m5_key9 !== "message") return false;
}
for (const $m5_key10 in $m5_v3) if ($m5_key10 !== "jsonrpc" && $m5_key10 !== "id" && $m5_key10 !== "result") return false;
return true;
}
function $m5_check11($m5_v12) {
if (!((typeof $m5_v12 === 'object' && $m5_v12 !== null && !Array.isArray($m5_v12)))) return false;
{
const $m5_v13 = $m5_v12["jsonrpc"];
if ($m5_v13 === undefined) return false;
if (!($m5_v13 === "2.0")) return false;
}
{
const $m5_v14 = $m5_v12["id"];
if ($m5_v14 === undefined) return false;
if (!(typeof $m5_v14 === 'string' || (typeof $m5_v14 === 'number' && isFinite($m5_v14)) || $m5_v14 === null)) return false;
}
{
const $m5_v15 = $m5_v12["error"];
if ($m5_v15 === undefined) return false;
if (!((typeof $m5_v15 === 'object' && $m5_v15 !== null && !Array.isArray($m5_v15)))) return false;
{
const $m5_v16 = $m5_v15["code"];
if ($m5_v16 === undefined) return false;
if (!(Number.isInteger($m5_v16))) return false;
}
{
const $m5_v17 = $m5_v15["message"];
if ($m5_v17 === undefined) return false;
if (!(typeof $m5_v17 === 'string')) return false;
}
for (const $m5_key19 in $m5_v15) if ($m5_key19 !== "code" && $m5_key19 !== "message" && $m5_key19 !== "data") return false;
}
for (const $m5_key20 in $m5_v12) if ($m5_key20 !== "jsonrpc" && $m5_key20 !== "id" && $m5_key20 !== "error") return false;
return true;
}
function $m5_check($m5_data0) {
let $m5_passing1 = 0;
if ($m5_check2($m5_data0) && ++$m5_passing1 > 1) return false;
if ($m5_check11($m5_data0) && ++$m5_passing1 > 1) return false;
if ($m5_passing1 === 0) return false;
return true;
}
let $m5_rejected = $accepted;
export const failFastClientAppDeregistrationRes = function failFastClientAppDeregistrationRes(data) {
  const valid = $m5_check(data);
  $m5_rejected = valid ? $accepted : data;
  return valid;
};
Object.defineProperty(failFastClientAppDeregistrationRes, 'errors', {
  get: () => ($m5_rejected === $accepted || ajvFailFastClientAppDeregistrationRes($m5_rejected) ? null : ajvFailFastClientAppDeregistrationRes.errors),
});


function $m6_check($m6_data0) {
if (!((typeof $m6_data0 === 'object' && $m6_data0 !== null && !Array.isArray($m6_data0)))) return false;
{
const $m6_v1 = $m6_data0["jsonrpc"];
if ($m6_v1 === undefined) return false;
if (!($m6_v1 === "2.0")) return false;
}
{
const $m6_v2 = $m6_data0["method"];
if ($m6_v2 === undefined) return false;
if (!($m6_v2 === "clientAppRegistrationReq")) return false;
}
{
const $m6_v3 = $m6_data0["id"];
if ($m6_v3 === undefined) return false;
if (!(typeof $m6_v3 === 'string' || (typeof $m6_v3 === 'number' && isFinite($m6_v3)))) return false;
}
{
const $m6_v4 = $m6_data0["params"];
if ($m6_v4 === undefined) return false;
if (!((typeof $m6_v4 === 'object' && $m6_v4 !== null && !Array.isArray($m6_v4)))) return false;
{
const $m6_v5 = $m6_v4["clientID"];
if ($m6_v5 === undefined) return false;
if (!(typeof $m6_v5 === 'string')) return false;
}
{
const $m6_v6 = $m6_v4["tokenSeed"];
if ($m6_v6 !== undefined) {
if (!(typeof $m6_v6 === 'string')) return false;
}
}
for (const $m6_key7 in $m6_v4) if ($m6_key7 !== "clientID" && $m6_key7 !== "tokenSeed") return false;
}
for (const $m6_key8 in $m6_data0) if ($m6_key8 !== "jsonrpc" && $m6_key8 !== "method" && $m6_key8 !== "id" && $m6_key8 !== "params") return false;
return true;
}
let $m6_rejected = $accepted;
export const failFastAoi1ClientAppRegistrationReq = function failFastAoi1ClientAppRegistrationReq(data) {
  const valid = $m6_check(data);
  $m6_rejected = valid ? $accepted : data;
  return valid;
};
Object.defineProperty(failFastAoi1ClientAppRegistrationReq, 'errors', {
  get: () => ($m6_rejected === $accepted || ajvFailFastAoi1ClientAppRegistrationReq($m6_rejected) ? null : ajvFailFastAoi1ClientAppRegistrationReq.errors),
});

function $m7_check2($m7_v3) {
if (!((typeof $m7_v3 === 'object' && $m7_v3 !== null && !Array.isArray($m7_v3)))) return false;
{
const $m7_v4 = $m7_v3["jsonrpc"];
if ($m7_v4 === undefined) return false;
if (!($m7_v4 === "2.0")) return false;
}
{
const $m7_v5 = $m7_v3["id"];
if ($m7_v5 === undefined) return false;
if (!(typeof $m7_v5 === 'string' || (typeof $m7_v5 === 'number' && isFinite($m7_v5)))) return false;
}
{
const $m7_v6 = $m7_v3["result"];
if ($m7_v6 === undefined) return false;
if (!((typeof $m7_v6 === 'object' && $m7_v6 !== null && !Array.isArray($m7_v6)))) return false;
{
const $m7_v7 = $m7_v6["code"];
if ($m7_v7 === undefined) return false;
if (!($m7_v7 === 200)) return false;
}
{
const $m7_v8 = $m7_v6["message"];
if ($m7_v8 === undefined) return false;
if (!(typeof $m7_v8 === 'string')) return false;
}
{
const $m7_v9 = $m7_v6["clientAppToken"];
if ($m7_v9 === undefined) return false;
if (!(typeof $m7_v9 === 'string')) return false;
}
{
const $m7_v10 = $m7_v6["aoiServerUrl"];
if ($m7_v10 !== undefined) {
if (!(typeof $m7_v10 === 'string')) return false;
if (!$m7_format11($m7_v10)) return false;
}
}
for (const $m7_key12 in $m7_v6) if ($m7_key12 !== "code" && $m7_key12 !== "message" && $m7_key12 !== "clientAppToken" && $m7_key12 !== "aoiServerUrl") return false;
}
for (const $m7_key13 in $m7_v3) if ($m7_key13 !== "jsonrpc" && $m7_key13 !== "id" && $m7_key13 !== "result") return false;
return true;
}
const $m7_format11 = require('ajv-formats/dist/formats').fullFormats["uri"];
function $m7_check14($m7_v15) {
if (!((typeof $m7_v15 === 'object' && $m7_v15 !== null && !Array.isArray($m7_v15)))) return false;
{
const $m7_v16 = $m7_v15["jsonrpc"];
if ($m7_v16 === undefined) return false;
if (!($m7_v16 === "2.0")) return false;
}
{
const $m7_v17 = $m7_v15["id"];
if ($m7_v17 === undefined) return false;
if (!(typeof $m7_v17 === 'string' || (typeof $m7_v17 === 'number' && isFinite($m7_v17)) || $m7_v17 === null)) return false;
}
{
const $m7_v18 = $m7_v15["error"];
if ($m7_v18 === undefined) return false;
if (!((typeof $m7_v18 === 'object' && $m7_v18 !== null && !Array.isArray($m7_v18)))) return false;
{
const $m7_v19 = $m7_v18["code"];
if ($m7_v19 === undefined) return false;
if (!(Number.isInteger($m7_v19))) return false;
}
{
const $m7_v20 = $m7_v18["message"];
if ($m7_v20 === undefined) return false;
if (!(typeof $m7_v20 === 'string')) return false;
}
for (const $m7_key22 in $m7_v18) if ($m7_key22 !== "code" && $m7_key22 !== "message" && $m7_key22 !== "data") return false;
}
for (const $m7_key23 in $m7_v15) if ($m7_key23 !== "jsonrpc" && $m7_key23 !== "id" && $m7_key23 !== "error") return false;
return true;
}
function $m7_check($m7_data0) {
let $m7_passing1 = 0;
if ($m7_check2($m7_data0) && ++$m7_passing1 > 1) return false;
if ($m7_check14($m7_data0) && ++$m7_passing1 > 1) return false;
if ($m7_passing1 === 0) return false;
return true;
}
let $m7_rejected = $accepted;
export const failFastAoi1ClientAppRegistrationRes = function failFastAoi1ClientAppRegistrationRes(data) {
  const valid = $m7_check(data);
  $m7_rejected = valid ? $accepted : data;
  return valid;
};
Object.defineProperty(failFastAoi1ClientAppRegistrationRes, 'errors', {
  get: () => ($m7_rejected === $accepted || ajvFailFastAoi1ClientAppRegistrationRes($m7_rejected) ? null : ajvFailFastAoi1ClientAppRegistrationRes.errors),
});


function $m8_check($m8_data0) {
if (!((typeof $m8_data0 === 'object' && $m8_data0 !== null && !Array.isArray($m8_data0)))) return false;
{
const $m8_v1 = $m8_data0["jsonrpc"];
if ($m8_v1 === undefined) return false;
if (!($m8_v1 === "2.0")) return false;
}
{
const $m8_v2 = $m8_data0["method"];
if ($m8_v2 === undefined) return false;
if (!($m8_v2 === "notificationDeliveryReq")) return false;
}
{
const $m8_v3 = $m8_data0["id"];
if ($m8_v3 === undefined) return false;
if (!(typeof $m8_v3 === 'string' || (typeof $m8_v3 === 'number' && isFinite($m8_v3)))) return false;
}
{
const $m8_v4 = $m8_data0["params"];
if ($m8_v4 === undefined) return false;
if (!((typeof $m8_v4 === 'object' && $m8_v4 !== null && !Array.isArray($m8_v4)))) return false;
{
const $m8_v5 = $m8_v4["clientAppToken"];
if ($m8_v5 === undefined) return false;
if (!(typeof $m8_v5 === 'string')) return false;
if ($m8_v5.length < 1) return false;
}
{
const $m8_v6 = $m8_v4["payload"];
if ($m8_v6 === undefined) return false;
if (!((typeof $m8_v6 === 'object' && $m8_v6 !== null && !Array.isArray($m8_v6)))) return false;
}
{
const $m8_v7 = $m8_v4["priority"];
if ($m8_v7 === undefined) return false;
if (!(Number.isInteger($m8_v7))) return false;
if ($m8_v7 > 9) return false;
if ($m8_v7 < 0) return false;
}
{
const $m8_v8 = $m8_v4["notificationId"];
if ($m8_v8 === undefined) return false;
if (!(typeof $m8_v8 === 'string')) return false;
if ($m8_v8.length < 1) return false;
}
for (const $m8_key9 in $m8_v4) if ($m8_key9 !== "clientAppToken" && $m8_key9 !== "payload" && $m8_key9 !== "priority" && $m8_key9 !== "notificationId") return false;
}
for (const $m8_key10 in $m8_data0) if ($m8_key10 !== "jsonrpc" && $m8_key10 !== "method" && $m8_key10 !== "id" && $m8_key10 !== "params") return false;
return true;
}
let $m8_rejected = $accepted;
export const failFastNotificationDeliveryReq = function failFastNotificationDeliveryReq(data) {
  const valid = $m8_check(data);
  $m8_rejected = valid ? $accepted : data;
  return valid;
};
Object.defineProperty(failFastNotificationDeliveryReq, 'errors', {
  get: () => ($m8_rejected === $accepted || ajvFailFastNotificationDeliveryReq($m8_rejected) ? null : ajvFailFastNotificationDeliveryReq.errors),
});

function $m9_check2($m9_v3) {
if (!((typeof $m9_v3 === 'object' && $m9_v3 !== null && !Array.isArray($m9_v3)))) return false;
{
const $m9_v4 = $m9_v3["jsonrpc"];
if ($m9_v4 === undefined) return false;
if (!($m9_v4 === "2.0")) return false;
}
{
const $m9_v5 = $m9_v3["id"];
if ($m9_v5 === undefined) return false;
if (!(typeof $m9_v5 === 'string' || (typeof $m9_v5 === 'number' && isFinite($m9_v5)))) return false;
}
{
const $m9_v6 = $m9_v3["result"];
if ($m9_v6 === undefined) return false;
if (!((typeof $m9_v6 === 'object' && $m9_v6 !== null && !Array.isArray($m9_v6)))) return false;
{
const $m9_v7 = $m9_v6["code"];
if ($m9_v7 === undefined) return false;
if (!($m9_v7 === 200)) return false;
}
{
const $m9_v8 = $m9_v6["message"];
if ($m9_v8 === undefined) return false;
if (!(typeof $m9_v8 === 'string')) return false;
}
for (const $m9_key9 in $m9_v6) if ($m9_key9 !== "code" && $m9_key9 !== "message") return false;
}
for (const $m9_key10 in $m9_v3) if ($m9_key10 !== "jsonrpc" && $m9_key10 !== "id" && $m9_key10 !== "result") return false;
return true;
}
function $m9_check11($m9_v12) {
if (!((typeof $m9_v12 === 'object' && $m9_v12 !== null && !Array.isArray($m9_v12)))) return false;
{
const $m9_v13 = $m9_v12["jsonrpc"];
if ($m9_v13 === undefined) return false;
if (!($m9_v13 === "2.0")) return false;
}
{
const $m9_v14 = $m9_v12["id"];
if ($m9_v14 === undefined) return false;
if (!(typeof $m9_v14 === 'string' || (typeof $m9_v14 === 'number' && isFinite($m9_v14)) || $m9_v14 === null)) return false;
}
{
const $m9_v15 = $m9_v12["error"];
if ($m9_v15 === undefined) return false;
if (!((typeof $m9_v15 === 'object' && $m9_v15 !== null && !Array.isArray($m9_v15)))) return false;
{
const $m9_v16 = $m9_v15["code"];
if ($m9_v16 === undefined) return false;
if (!(Number.isInteger($m9_v16))) return false;
if ($m9_v16 > 599) return false;
if ($m9_v16 < 400) return false;
}
{
const $m9_v17 = $m9_v15["message"];
if ($m9_v17 === undefined) return false;
if (!(typeof $m9_v17 === 'string')) return false;
}
for (const $m9_key19 in $m9_v15) if ($m9_key19 !== "code" && $m9_key19 !== "message" && $m9_key19 !== "data") return false;
}
for (const $m9_key20 in $m9_v12) if ($m9_key20 !== "jsonrpc" && $m9_key20 !== "id" && $m9_key20 !== "error") return false;
return true;
}
function $m9_check($m9_data0) {
let $m9_passing1 = 0;
if ($m9_check2($m9_data0) && ++$m9_passing1 > 1) return false;
if ($m9_check11($m9_data0) && ++$m9_passing1 > 1) return false;
if ($m9_passing1 === 0) return false;
return true;
}
let $m9_rejected = $accepted;
export const failFastNotificationDeliveryRes = function failFastNotificationDeliveryRes(data) {
  const valid = $m9_check(data);
  $m9_rejected = valid ? $accepted : data;
  return valid;
};
Object.defineProperty(failFastNotificationDeliveryRes, 'errors', {
  get: () => ($m9_rejected === $accepted || ajvFailFastNotificationDeliveryRes($m9_rejected) ? null : ajvFailFastNotificationDeliveryRes.errors),
});
