/*
 * GENERATED FILE — DO NOT EDIT. Regenerate with `npx omaspec generate` (`npx omaspec check` detects drift).
 * Sources:
 *   spec/schemas/index.json
 *   spec/schemas/dm/dmPackage1.schema.json
 *   spec/schemas/dm/dmPackage2.schema.json
 *   spec/schemas/dm/dmPackage3.schema.json
 */
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);

export const ajvCheckDmPackage1 = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://omaspec.dev/schemas/dm/dmPackage1.schema.json","title":"dmPackage1","description":"OMA DM Package#1 JSON Schema.","x-omaspec":{"interface":"dm","name":"dmPackage1","id":"dmPackage1","typeName":"DmPackage1","envelope":"http","kind":"request","direction":"clientToServer","source":{"cr":"004_a402fc140745ff35.txt","section":"7.2","line":60},"mediaType":"application/vnd.oma.dm.initiation+json","provisional":true},"type":"object","properties":{"MOS":{"title":"MOS","type":"array","items":{"type":"object","properties":{"DDF":{"type":"string","x-omaspec-source":{"cr":"004_a402fc140745ff35.txt","section":"7.2","line":103}},"MOID":{"type":"string","x-omaspec-source":{"cr":"004_a402fc140745ff35.txt","section":"7.2","line":110}},"MIID":{"type":"array","items":{"type":"string"},"x-omaspec-source":{"cr":"004_a402fc140745ff35.txt","section":"7.2","line":117}}},"additionalProperties":false},"x-omaspec-source":{"cr":"004_a402fc140745ff35.txt","section":"7.2","line":78}},"Alert":{"title":"Alert","type":"object","description":"PROVISIONAL (decision D8): Client Initiated Alert, shaped after the CR 004 example until a CR defines it.","properties":{"Items":{"type":"array","items":{"type":"object","properties":{"AlertType":{"type":"string"},"MIMEType":{"type":"string"},"SourceURI":{"type":"string"},"Mark":{"type":"string"},"Data":{"type":"object"}},"required":["AlertType"],"additionalProperties":false}}},"required":["Items"],"additionalProperties":false,"x-omaspec-source":{"cr":"004_a402fc140745ff35.txt","section":"7.2","line":163}}},"additionalProperties":false};

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://omaspec.dev/schemas/dm/dmPackage1.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "MOS") || (key0 === "Alert"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.MOS !== undefined){
let data0 = data.MOS;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
if(!(((key1 === "DDF") || (key1 === "MOID")) || (key1 === "MIID"))){
const err1 = {instancePath:instancePath+"/MOS/" + i0,schemaPath:"#/properties/MOS/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data1.DDF !== undefined){
if(typeof data1.DDF !== "string"){
const err2 = {instancePath:instancePath+"/MOS/" + i0+"/DDF",schemaPath:"#/properties/MOS/items/properties/DDF/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data1.MOID !== undefined){
if(typeof data1.MOID !== "string"){
const err3 = {instancePath:instancePath+"/MOS/" + i0+"/MOID",schemaPath:"#/properties/MOS/items/properties/MOID/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.MIID !== undefined){
let data4 = data1.MIID;
if(Array.isArray(data4)){
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
if(typeof data4[i1] !== "string"){
const err4 = {instancePath:instancePath+"/MOS/" + i0+"/MIID/" + i1,schemaPath:"#/properties/MOS/items/properties/MIID/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath:instancePath+"/MOS/" + i0+"/MIID",schemaPath:"#/properties/MOS/items/properties/MIID/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err6 = {instancePath:instancePath+"/MOS/" + i0,schemaPath:"#/properties/MOS/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err7 = {instancePath:instancePath+"/MOS",schemaPath:"#/properties/MOS/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.Alert !== undefined){
let data6 = data.Alert;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.Items === undefined){
const err8 = {instancePath:instancePath+"/Alert",schemaPath:"#/properties/Alert/required",keyword:"required",params:{missingProperty: "Items"},message:"must have required property '"+"Items"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key2 in data6){
if(!(key2 === "Items")){
const err9 = {instancePath:instancePath+"/Alert",schemaPath:"#/properties/Alert/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data6.Items !== undefined){
let data7 = data6.Items;
if(Array.isArray(data7)){
const len2 = data7.length;
for(let i2=0; i2<len2; i2++){
let data8 = data7[i2];
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.AlertType === undefined){
const err10 = {instancePath:instancePath+"/Alert/Items/" + i2,schemaPath:"#/properties/Alert/properties/Items/items/required",keyword:"required",params:{missingProperty: "AlertType"},message:"must have required property '"+"AlertType"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key3 in data8){
if(!(((((key3 === "AlertType") || (key3 === "MIMEType")) || (key3 === "SourceURI")) || (key3 === "Mark")) || (key3 === "Data"))){
const err11 = {instancePath:instancePath+"/Alert/Items/" + i2,schemaPath:"#/properties/Alert/properties/Items/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data8.AlertType !== undefined){
if(typeof data8.AlertType !== "string"){
const err12 = {instancePath:instancePath+"/Alert/Items/" + i2+"/AlertType",schemaPath:"#/properties/Alert/properties/Items/items/properties/AlertType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data8.MIMEType !== undefined){
if(typeof data8.MIMEType !== "string"){
const err13 = {instancePath:instancePath+"/Alert/Items/" + i2+"/MIMEType",schemaPath:"#/properties/Alert/properties/Items/items/properties/MIMEType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data8.SourceURI !== undefined){
if(typeof data8.SourceURI !== "string"){
const err14 = {instancePath:instancePath+"/Alert/Items/" + i2+"/SourceURI",schemaPath:"#/properties/Alert/properties/Items/items/properties/SourceURI/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data8.Mark !== undefined){
if(typeof data8.Mark !== "string"){
const err15 = {instancePath:instancePath+"/Alert/Items/" + i2+"/Mark",schemaPath:"#/properties/Alert/properties/Items/items/properties/Mark/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data8.Data !== undefined){
let data13 = data8.Data;
if(!(data13 && typeof data13 == "object" && !Array.isArray(data13))){
const err16 = {instancePath:instancePath+"/Alert/Items/" + i2+"/Data",schemaPath:"#/properties/Alert/properties/Items/items/properties/Data/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err17 = {instancePath:instancePath+"/Alert/Items/" + i2,schemaPath:"#/properties/Alert/properties/Items/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err18 = {instancePath:instancePath+"/Alert/Items",schemaPath:"#/properties/Alert/properties/Items/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
else {
const err19 = {instancePath:instancePath+"/Alert",schemaPath:"#/properties/Alert/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

export const ajvCheckDmPackage2 = validate11;
const schema12 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://omaspec.dev/schemas/dm/dmPackage2.schema.json","title":"dmPackage2","description":"OMA DM Package#2 JSON Schema.","x-omaspec":{"interface":"dm","name":"dmPackage2","id":"dmPackage2","typeName":"DmPackage2","envelope":"http","kind":"response","direction":"serverToClient","source":{"cr":"004_a402fc140745ff35.txt","section":"7.3","line":333},"responseTo":"dmPackage1","mediaType":"application/vnd.oma.dm.request+json"},"type":"object","properties":{"Cmd":{"title":"Cmd","type":"array","items":{"type":"array","items":{"description":"DM cmd, parameters in order","type":"string"}},"x-omaspec-source":{"cr":"004_a402fc140745ff35.txt","section":"7.3","line":351}}},"required":["Cmd"],"additionalProperties":false};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://omaspec.dev/schemas/dm/dmPackage2.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Cmd === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Cmd"},message:"must have required property '"+"Cmd"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "Cmd")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.Cmd !== undefined){
let data0 = data.Cmd;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(Array.isArray(data1)){
const len1 = data1.length;
for(let i1=0; i1<len1; i1++){
if(typeof data1[i1] !== "string"){
const err2 = {instancePath:instancePath+"/Cmd/" + i0+"/" + i1,schemaPath:"#/properties/Cmd/items/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath:instancePath+"/Cmd/" + i0,schemaPath:"#/properties/Cmd/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/Cmd",schemaPath:"#/properties/Cmd/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

export const ajvCheckDmPackage3 = validate12;
const schema13 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://omaspec.dev/schemas/dm/dmPackage3.schema.json","title":"dmPackage3","description":"OMA DM Package#3.","x-omaspec":{"interface":"dm","name":"dmPackage3","id":"dmPackage3","typeName":"DmPackage3","envelope":"http","kind":"request","direction":"clientToServer","source":{"cr":"extensions/dm-package3.yaml","section":"extension:dm-package3","line":17},"response":"dmPackage2","mediaType":"application/vnd.oma.dm.response+json","provisional":true},"type":"object","properties":{"Status":{"title":"Status","description":"One status per command of the Package#2 this package answers, in the same order.","type":"array","items":{"type":"object","properties":{"sc":{"type":"integer","minimum":100,"maximum":599,"description":"Status code of the command (200 done, 202 accepted, 304 not modified, 404 no such node, 405 permanent node, 406/415 media type refused, 500 failed)."},"URI":{"type":"array","items":{"type":"string"},"description":"The ClientURIs the command concerned."},"Data":{"type":"array","items":{"anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"description":"GET and SHOW only, one entry per URI - a leaf value, or the child names of an interior node."}},"required":["sc"],"additionalProperties":false},"x-omaspec-source":{"cr":"extensions/dm-package3.yaml","section":"extension:dm-package3","line":28}},"Alert":{"title":"Alert","description":"Client Initiated Alerts, shaped as in Package#1 (decision D8).","type":"object","properties":{"Items":{"type":"array","items":{"type":"object","properties":{"AlertType":{"type":"string"},"MIMEType":{"type":"string"},"SourceURI":{"type":"string"},"Mark":{"type":"string"},"Data":{"type":"object"}},"required":["AlertType"],"additionalProperties":false}}},"required":["Items"],"additionalProperties":false,"x-omaspec-source":{"cr":"extensions/dm-package3.yaml","section":"extension:dm-package3","line":54}}},"required":["Status"],"additionalProperties":false};

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://omaspec.dev/schemas/dm/dmPackage3.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Status === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Status"},message:"must have required property '"+"Status"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "Status") || (key0 === "Alert"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.Status !== undefined){
let data0 = data.Status;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.sc === undefined){
const err2 = {instancePath:instancePath+"/Status/" + i0,schemaPath:"#/properties/Status/items/required",keyword:"required",params:{missingProperty: "sc"},message:"must have required property '"+"sc"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key1 in data1){
if(!(((key1 === "sc") || (key1 === "URI")) || (key1 === "Data"))){
const err3 = {instancePath:instancePath+"/Status/" + i0,schemaPath:"#/properties/Status/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.sc !== undefined){
let data2 = data1.sc;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err4 = {instancePath:instancePath+"/Status/" + i0+"/sc",schemaPath:"#/properties/Status/items/properties/sc/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 599 || isNaN(data2)){
const err5 = {instancePath:instancePath+"/Status/" + i0+"/sc",schemaPath:"#/properties/Status/items/properties/sc/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data2 < 100 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/Status/" + i0+"/sc",schemaPath:"#/properties/Status/items/properties/sc/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"};
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
if(data1.URI !== undefined){
let data3 = data1.URI;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
if(typeof data3[i1] !== "string"){
const err7 = {instancePath:instancePath+"/Status/" + i0+"/URI/" + i1,schemaPath:"#/properties/Status/items/properties/URI/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err8 = {instancePath:instancePath+"/Status/" + i0+"/URI",schemaPath:"#/properties/Status/items/properties/URI/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.Data !== undefined){
let data5 = data1.Data;
if(Array.isArray(data5)){
const len2 = data5.length;
for(let i2=0; i2<len2; i2++){
let data6 = data5[i2];
const _errs16 = errors;
let valid8 = false;
const _errs17 = errors;
if(typeof data6 !== "string"){
const err9 = {instancePath:instancePath+"/Status/" + i0+"/Data/" + i2,schemaPath:"#/properties/Status/items/properties/Data/items/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs17 === errors;
valid8 = valid8 || _valid0;
if(!valid8){
const _errs19 = errors;
if(Array.isArray(data6)){
const len3 = data6.length;
for(let i3=0; i3<len3; i3++){
if(typeof data6[i3] !== "string"){
const err10 = {instancePath:instancePath+"/Status/" + i0+"/Data/" + i2+"/" + i3,schemaPath:"#/properties/Status/items/properties/Data/items/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err11 = {instancePath:instancePath+"/Status/" + i0+"/Data/" + i2,schemaPath:"#/properties/Status/items/properties/Data/items/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs19 === errors;
valid8 = valid8 || _valid0;
}
if(!valid8){
const err12 = {instancePath:instancePath+"/Status/" + i0+"/Data/" + i2,schemaPath:"#/properties/Status/items/properties/Data/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
errors = _errs16;
if(vErrors !== null){
if(_errs16){
vErrors.length = _errs16;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err13 = {instancePath:instancePath+"/Status/" + i0+"/Data",schemaPath:"#/properties/Status/items/properties/Data/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err14 = {instancePath:instancePath+"/Status/" + i0,schemaPath:"#/properties/Status/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err15 = {instancePath:instancePath+"/Status",schemaPath:"#/properties/Status/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.Alert !== undefined){
let data8 = data.Alert;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.Items === undefined){
const err16 = {instancePath:instancePath+"/Alert",schemaPath:"#/properties/Alert/required",keyword:"required",params:{missingProperty: "Items"},message:"must have required property '"+"Items"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key2 in data8){
if(!(key2 === "Items")){
const err17 = {instancePath:instancePath+"/Alert",schemaPath:"#/properties/Alert/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data8.Items !== undefined){
let data9 = data8.Items;
if(Array.isArray(data9)){
const len4 = data9.length;
for(let i4=0; i4<len4; i4++){
let data10 = data9[i4];
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.AlertType === undefined){
const err18 = {instancePath:instancePath+"/Alert/Items/" + i4,schemaPath:"#/properties/Alert/properties/Items/items/required",keyword:"required",params:{missingProperty: "AlertType"},message:"must have required property '"+"AlertType"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key3 in data10){
if(!(((((key3 === "AlertType") || (key3 === "MIMEType")) || (key3 === "SourceURI")) || (key3 === "Mark")) || (key3 === "Data"))){
const err19 = {instancePath:instancePath+"/Alert/Items/" + i4,schemaPath:"#/properties/Alert/properties/Items/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data10.AlertType !== undefined){
if(typeof data10.AlertType !== "string"){
const err20 = {instancePath:instancePath+"/Alert/Items/" + i4+"/AlertType",schemaPath:"#/properties/Alert/properties/Items/items/properties/AlertType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data10.MIMEType !== undefined){
if(typeof data10.MIMEType !== "string"){
const err21 = {instancePath:instancePath+"/Alert/Items/" + i4+"/MIMEType",schemaPath:"#/properties/Alert/properties/Items/items/properties/MIMEType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data10.SourceURI !== undefined){
if(typeof data10.SourceURI !== "string"){
const err22 = {instancePath:instancePath+"/Alert/Items/" + i4+"/SourceURI",schemaPath:"#/properties/Alert/properties/Items/items/properties/SourceURI/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data10.Mark !== undefined){
if(typeof data10.Mark !== "string"){
const err23 = {instancePath:instancePath+"/Alert/Items/" + i4+"/Mark",schemaPath:"#/properties/Alert/properties/Items/items/properties/Mark/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data10.Data !== undefined){
let data15 = data10.Data;
if(!(data15 && typeof data15 == "object" && !Array.isArray(data15))){
const err24 = {instancePath:instancePath+"/Alert/Items/" + i4+"/Data",schemaPath:"#/properties/Alert/properties/Items/items/properties/Data/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err25 = {instancePath:instancePath+"/Alert/Items/" + i4,schemaPath:"#/properties/Alert/properties/Items/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/Alert/Items",schemaPath:"#/properties/Alert/properties/Items/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err27 = {instancePath:instancePath+"/Alert",schemaPath:"#/properties/Alert/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
validate12.errors = vErrors;
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

const $m0_source3 = {"cr":"004_a402fc140745ff35.txt","section":"7.2","line":60};
const $m0_source8 = {"cr":"004_a402fc140745ff35.txt","section":"7.2","line":78};
const $m0_source10 = {"cr":"004_a402fc140745ff35.txt","section":"7.2","line":103};
const $m0_source12 = {"cr":"004_a402fc140745ff35.txt","section":"7.2","line":110};
const $m0_source16 = {"cr":"004_a402fc140745ff35.txt","section":"7.2","line":117};
const $m0_source18 = {"cr":"004_a402fc140745ff35.txt","section":"7.2","line":163};
function $m0_check($m0_data0) {
const $m0_issues1 = [];
if ((typeof $m0_data0 === 'object' && $m0_data0 !== null && !Array.isArray($m0_data0))) {
for (const $m0_key2 in $m0_data0) if ($m0_key2 !== "MOS" && $m0_key2 !== "Alert") $m0_issues1.push({ path: "/" + $m0_key2, rule: "additionalProperties", message: "unknown property '" + $m0_key2 + "'", source: $m0_source3 });
const $m0_v4 = $m0_data0["MOS"];
if ($m0_v4 !== undefined) {
if (Array.isArray($m0_v4)) {
for (let $m0_i5 = 0; $m0_i5 < $m0_v4.length; $m0_i5++) {
const $m0_v6 = $m0_v4[$m0_i5];
if ((typeof $m0_v6 === 'object' && $m0_v6 !== null && !Array.isArray($m0_v6))) {
for (const $m0_key7 in $m0_v6) if ($m0_key7 !== "DDF" && $m0_key7 !== "MOID" && $m0_key7 !== "MIID") $m0_issues1.push({ path: "/MOS/" + $m0_i5 + "/" + $m0_key7, rule: "additionalProperties", message: "unknown property '" + $m0_key7 + "'", source: $m0_source8 });
const $m0_v9 = $m0_v6["DDF"];
if ($m0_v9 !== undefined) {
if (!(typeof $m0_v9 === 'string')) $m0_issues1.push({ path: "/MOS/" + $m0_i5 + "/DDF", rule: "type", message: "must be string", source: $m0_source10 });
}
const $m0_v11 = $m0_v6["MOID"];
if ($m0_v11 !== undefined) {
if (!(typeof $m0_v11 === 'string')) $m0_issues1.push({ path: "/MOS/" + $m0_i5 + "/MOID", rule: "type", message: "must be string", source: $m0_source12 });
}
const $m0_v13 = $m0_v6["MIID"];
if ($m0_v13 !== undefined) {
if (Array.isArray($m0_v13)) {
for (let $m0_i14 = 0; $m0_i14 < $m0_v13.length; $m0_i14++) {
const $m0_v15 = $m0_v13[$m0_i14];
if (!(typeof $m0_v15 === 'string')) $m0_issues1.push({ path: "/MOS/" + $m0_i5 + "/MIID" + "/" + $m0_i14, rule: "type", message: "must be string", source: $m0_source16 });
}
} else $m0_issues1.push({ path: "/MOS/" + $m0_i5 + "/MIID", rule: "type", message: "must be array", source: $m0_source16 });
}
} else $m0_issues1.push({ path: "/MOS/" + $m0_i5, rule: "type", message: "must be object", source: $m0_source8 });
}
} else $m0_issues1.push({ path: "/MOS", rule: "type", message: "must be array", source: $m0_source8 });
}
const $m0_v17 = $m0_data0["Alert"];
if ($m0_v17 !== undefined) {
if ((typeof $m0_v17 === 'object' && $m0_v17 !== null && !Array.isArray($m0_v17))) {
const $m0_v19 = $m0_v17["Items"];
if ($m0_v19 === undefined) $m0_issues1.push({ path: "/Alert/Items", rule: "required", message: "must have required property 'Items'", source: $m0_source18 });
for (const $m0_key20 in $m0_v17) if ($m0_key20 !== "Items") $m0_issues1.push({ path: "/Alert/" + $m0_key20, rule: "additionalProperties", message: "unknown property '" + $m0_key20 + "'", source: $m0_source18 });
if ($m0_v19 !== undefined) {
if (Array.isArray($m0_v19)) {
for (let $m0_i21 = 0; $m0_i21 < $m0_v19.length; $m0_i21++) {
const $m0_v22 = $m0_v19[$m0_i21];
if ((typeof $m0_v22 === 'object' && $m0_v22 !== null && !Array.isArray($m0_v22))) {
const $m0_v23 = $m0_v22["AlertType"];
if ($m0_v23 === undefined) $m0_issues1.push({ path: "/Alert/Items/" + $m0_i21 + "/AlertType", rule: "required", message: "must have required property 'AlertType'", source: $m0_source18 });
for (const $m0_key24 in $m0_v22) if ($m0_key24 !== "AlertType" && $m0_key24 !== "MIMEType" && $m0_key24 !== "SourceURI" && $m0_key24 !== "Mark" && $m0_key24 !== "Data") $m0_issues1.push({ path: "/Alert/Items/" + $m0_i21 + "/" + $m0_key24, rule: "additionalProperties", message: "unknown property '" + $m0_key24 + "'", source: $m0_source18 });
if ($m0_v23 !== undefined) {
if (!(typeof $m0_v23 === 'string')) $m0_issues1.push({ path: "/Alert/Items/" + $m0_i21 + "/AlertType", rule: "type", message: "must be string", source: $m0_source18 });
}
const $m0_v25 = $m0_v22["MIMEType"];
if ($m0_v25 !== undefined) {
if (!(typeof $m0_v25 === 'string')) $m0_issues1.push({ path: "/Alert/Items/" + $m0_i21 + "/MIMEType", rule: "type", message: "must be string", source: $m0_source18 });
}
const $m0_v26 = $m0_v22["SourceURI"];
if ($m0_v26 !== undefined) {
if (!(typeof $m0_v26 === 'string')) $m0_issues1.push({ path: "/Alert/Items/" + $m0_i21 + "/SourceURI", rule: "type", message: "must be string", source: $m0_source18 });
}
const $m0_v27 = $m0_v22["Mark"];
if ($m0_v27 !== undefined) {
if (!(typeof $m0_v27 === 'string')) $m0_issues1.push({ path: "/Alert/Items/" + $m0_i21 + "/Mark", rule: "type", message: "must be string", source: $m0_source18 });
}
const $m0_v28 = $m0_v22["Data"];
if ($m0_v28 !== undefined) {
if (!((typeof $m0_v28 === 'object' && $m0_v28 !== null && !Array.isArray($m0_v28)))) $m0_issues1.push({ path: "/Alert/Items/" + $m0_i21 + "/Data", rule: "type", message: "must be object", source: $m0_source18 });
}
} else $m0_issues1.push({ path: "/Alert/Items/" + $m0_i21, rule: "type", message: "must be object", source: $m0_source18 });
}
} else $m0_issues1.push({ path: "/Alert/Items", rule: "type", message: "must be array", source: $m0_source18 });
}
} else $m0_issues1.push({ path: "/Alert", rule: "type", message: "must be object", source: $m0_source18 });
}
} else $m0_issues1.push({ path: "", rule: "type", message: "must be object", source: $m0_source3 });
if ($m0_issues1.length === 0) return null;
return $m0_issues1;
}
let $m0_rejected = $accepted;
/** The issues validate… reports (null when valid), as toIssues makes them of ajv's errors. */
export function issuesDmPackage1(data) {
  const issues = $m0_check(data);
  $m0_rejected = issues === null ? $accepted : data;
  return issues;
}
export const checkDmPackage1 = function checkDmPackage1(data) {
  return issuesDmPackage1(data) === null;
};
Object.defineProperty(checkDmPackage1, 'errors', {
  get: () => ($m0_rejected === $accepted || ajvCheckDmPackage1($m0_rejected) ? null : ajvCheckDmPackage1.errors),
});

const $m1_source2 = {"cr":"004_a402fc140745ff35.txt","section":"7.3","line":351};
const $m1_source5 = {"cr":"004_a402fc140745ff35.txt","section":"7.3","line":333};
function $m1_check($m1_data0) {
const $m1_issues1 = [];
if ((typeof $m1_data0 === 'object' && $m1_data0 !== null && !Array.isArray($m1_data0))) {
const $m1_v3 = $m1_data0["Cmd"];
if ($m1_v3 === undefined) $m1_issues1.push({ path: "/Cmd", rule: "required", message: "must have required property 'Cmd'", source: $m1_source2 });
for (const $m1_key4 in $m1_data0) if ($m1_key4 !== "Cmd") $m1_issues1.push({ path: "/" + $m1_key4, rule: "additionalProperties", message: "unknown property '" + $m1_key4 + "'", source: $m1_source5 });
if ($m1_v3 !== undefined) {
if (Array.isArray($m1_v3)) {
for (let $m1_i6 = 0; $m1_i6 < $m1_v3.length; $m1_i6++) {
const $m1_v7 = $m1_v3[$m1_i6];
if (Array.isArray($m1_v7)) {
for (let $m1_i8 = 0; $m1_i8 < $m1_v7.length; $m1_i8++) {
const $m1_v9 = $m1_v7[$m1_i8];
if (!(typeof $m1_v9 === 'string')) $m1_issues1.push({ path: "/Cmd/" + $m1_i6 + "/" + $m1_i8, rule: "type", message: "must be string", source: $m1_source2 });
}
} else $m1_issues1.push({ path: "/Cmd/" + $m1_i6, rule: "type", message: "must be array", source: $m1_source2 });
}
} else $m1_issues1.push({ path: "/Cmd", rule: "type", message: "must be array", source: $m1_source2 });
}
} else $m1_issues1.push({ path: "", rule: "type", message: "must be object", source: $m1_source5 });
if ($m1_issues1.length === 0) return null;
return $m1_issues1;
}
let $m1_rejected = $accepted;
/** The issues validate… reports (null when valid), as toIssues makes them of ajv's errors. */
export function issuesDmPackage2(data) {
  const issues = $m1_check(data);
  $m1_rejected = issues === null ? $accepted : data;
  return issues;
}
export const checkDmPackage2 = function checkDmPackage2(data) {
  return issuesDmPackage2(data) === null;
};
Object.defineProperty(checkDmPackage2, 'errors', {
  get: () => ($m1_rejected === $accepted || ajvCheckDmPackage2($m1_rejected) ? null : ajvCheckDmPackage2.errors),
});

const $m2_source2 = {"cr":"extensions/dm-package3.yaml","section":"extension:dm-package3","line":28};
const $m2_source5 = {"cr":"extensions/dm-package3.yaml","section":"extension:dm-package3","line":17};
function $m2_check21($m2_v22) {
if (!(typeof $m2_v22 === 'string')) return false;
return true;
}
function $m2_check23($m2_v24) {
if (!(Array.isArray($m2_v24))) return false;
for (let $m2_i25 = 0; $m2_i25 < $m2_v24.length; $m2_i25++) {
const $m2_v26 = $m2_v24[$m2_i25];
if (!(typeof $m2_v26 === 'string')) return false;
}
return true;
}
const $m2_source30 = {"cr":"extensions/dm-package3.yaml","section":"extension:dm-package3","line":54};
function $m2_check($m2_data0) {
const $m2_issues1 = [];
if ((typeof $m2_data0 === 'object' && $m2_data0 !== null && !Array.isArray($m2_data0))) {
const $m2_v3 = $m2_data0["Status"];
if ($m2_v3 === undefined) $m2_issues1.push({ path: "/Status", rule: "required", message: "must have required property 'Status'", source: $m2_source2 });
for (const $m2_key4 in $m2_data0) if ($m2_key4 !== "Status" && $m2_key4 !== "Alert") $m2_issues1.push({ path: "/" + $m2_key4, rule: "additionalProperties", message: "unknown property '" + $m2_key4 + "'", source: $m2_source5 });
if ($m2_v3 !== undefined) {
if (Array.isArray($m2_v3)) {
for (let $m2_i6 = 0; $m2_i6 < $m2_v3.length; $m2_i6++) {
const $m2_v7 = $m2_v3[$m2_i6];
if ((typeof $m2_v7 === 'object' && $m2_v7 !== null && !Array.isArray($m2_v7))) {
const $m2_v8 = $m2_v7["sc"];
if ($m2_v8 === undefined) $m2_issues1.push({ path: "/Status/" + $m2_i6 + "/sc", rule: "required", message: "must have required property 'sc'", source: $m2_source2 });
for (const $m2_key9 in $m2_v7) if ($m2_key9 !== "sc" && $m2_key9 !== "URI" && $m2_key9 !== "Data") $m2_issues1.push({ path: "/Status/" + $m2_i6 + "/" + $m2_key9, rule: "additionalProperties", message: "unknown property '" + $m2_key9 + "'", source: $m2_source2 });
if ($m2_v8 !== undefined) {
if (!(Number.isInteger($m2_v8))) $m2_issues1.push({ path: "/Status/" + $m2_i6 + "/sc", rule: "type", message: "must be integer", source: $m2_source2 });
if (typeof $m2_v8 === 'number' && isFinite($m2_v8)) {
if ($m2_v8 > 599) $m2_issues1.push({ path: "/Status/" + $m2_i6 + "/sc", rule: "maximum", message: "must be <= 599", source: $m2_source2 });
if ($m2_v8 < 100) $m2_issues1.push({ path: "/Status/" + $m2_i6 + "/sc", rule: "minimum", message: "must be >= 100", source: $m2_source2 });
}
}
const $m2_v10 = $m2_v7["URI"];
if ($m2_v10 !== undefined) {
if (Array.isArray($m2_v10)) {
for (let $m2_i11 = 0; $m2_i11 < $m2_v10.length; $m2_i11++) {
const $m2_v12 = $m2_v10[$m2_i11];
if (!(typeof $m2_v12 === 'string')) $m2_issues1.push({ path: "/Status/" + $m2_i6 + "/URI" + "/" + $m2_i11, rule: "type", message: "must be string", source: $m2_source2 });
}
} else $m2_issues1.push({ path: "/Status/" + $m2_i6 + "/URI", rule: "type", message: "must be array", source: $m2_source2 });
}
const $m2_v13 = $m2_v7["Data"];
if ($m2_v13 !== undefined) {
if (Array.isArray($m2_v13)) {
for (let $m2_i14 = 0; $m2_i14 < $m2_v13.length; $m2_i14++) {
const $m2_v15 = $m2_v13[$m2_i14];
const $m2_passes16 = $m2_check21($m2_v15);
const $m2_passes17 = $m2_check23($m2_v15);
if (!($m2_passes16 || $m2_passes17)) {
let $m2_passing20 = 0;
const $m2_mark18 = $m2_issues1.length;
if ($m2_passes16) $m2_passing20++;
else {
if (!(typeof $m2_v15 === 'string')) $m2_issues1.push({ path: "/Status/" + $m2_i6 + "/Data" + "/" + $m2_i14, rule: "type", message: "must be string", source: $m2_source2 });
}
const $m2_mark19 = $m2_issues1.length;
if ($m2_passes17) $m2_passing20++;
else {
if (Array.isArray($m2_v15)) {
for (let $m2_i27 = 0; $m2_i27 < $m2_v15.length; $m2_i27++) {
const $m2_v28 = $m2_v15[$m2_i27];
if (!(typeof $m2_v28 === 'string')) $m2_issues1.push({ path: "/Status/" + $m2_i6 + "/Data" + "/" + $m2_i14 + "/" + $m2_i27, rule: "type", message: "must be string", source: $m2_source2 });
}
} else $m2_issues1.push({ path: "/Status/" + $m2_i6 + "/Data" + "/" + $m2_i14, rule: "type", message: "must be array", source: $m2_source2 });
}
$m2_issues1.push({ path: "/Status/" + $m2_i6 + "/Data" + "/" + $m2_i14, rule: "anyOf", message: "must match a schema in anyOf", source: $m2_source2 });
}
}
} else $m2_issues1.push({ path: "/Status/" + $m2_i6 + "/Data", rule: "type", message: "must be array", source: $m2_source2 });
}
} else $m2_issues1.push({ path: "/Status/" + $m2_i6, rule: "type", message: "must be object", source: $m2_source2 });
}
} else $m2_issues1.push({ path: "/Status", rule: "type", message: "must be array", source: $m2_source2 });
}
const $m2_v29 = $m2_data0["Alert"];
if ($m2_v29 !== undefined) {
if ((typeof $m2_v29 === 'object' && $m2_v29 !== null && !Array.isArray($m2_v29))) {
const $m2_v31 = $m2_v29["Items"];
if ($m2_v31 === undefined) $m2_issues1.push({ path: "/Alert/Items", rule: "required", message: "must have required property 'Items'", source: $m2_source30 });
for (const $m2_key32 in $m2_v29) if ($m2_key32 !== "Items") $m2_issues1.push({ path: "/Alert/" + $m2_key32, rule: "additionalProperties", message: "unknown property '" + $m2_key32 + "'", source: $m2_source30 });
if ($m2_v31 !== undefined) {
if (Array.isArray($m2_v31)) {
for (let $m2_i33 = 0; $m2_i33 < $m2_v31.length; $m2_i33++) {
const $m2_v34 = $m2_v31[$m2_i33];
if ((typeof $m2_v34 === 'object' && $m2_v34 !== null && !Array.isArray($m2_v34))) {
const $m2_v35 = $m2_v34["AlertType"];
if ($m2_v35 === undefined) $m2_issues1.push({ path: "/Alert/Items/" + $m2_i33 + "/AlertType", rule: "required", message: "must have required property 'AlertType'", source: $m2_source30 });
for (const $m2_key36 in $m2_v34) if ($m2_key36 !== "AlertType" && $m2_key36 !== "MIMEType" && $m2_key36 !== "SourceURI" && $m2_key36 !== "Mark" && $m2_key36 !== "Data") $m2_issues1.push({ path: "/Alert/Items/" + $m2_i33 + "/" + $m2_key36, rule: "additionalProperties", message: "unknown property '" + $m2_key36 + "'", source: $m2_source30 });
if ($m2_v35 !== undefined) {
if (!(typeof $m2_v35 === 'string')) $m2_issues1.push({ path: "/Alert/Items/" + $m2_i33 + "/AlertType", rule: "type", message: "must be string", source: $m2_source30 });
}
const $m2_v37 = $m2_v34["MIMEType"];
if ($m2_v37 !== undefined) {
if (!(typeof $m2_v37 === 'string')) $m2_issues1.push({ path: "/Alert/Items/" + $m2_i33 + "/MIMEType", rule: "type", message: "must be string", source: $m2_source30 });
}
const $m2_v38 = $m2_v34["SourceURI"];
if ($m2_v38 !== undefined) {
if (!(typeof $m2_v38 === 'string')) $m2_issues1.push({ path: "/Alert/Items/" + $m2_i33 + "/SourceURI", rule: "type", message: "must be string", source: $m2_source30 });
}
const $m2_v39 = $m2_v34["Mark"];
if ($m2_v39 !== undefined) {
if (!(typeof $m2_v39 === 'string')) $m2_issues1.push({ path: "/Alert/Items/" + $m2_i33 + "/Mark", rule: "type", message: "must be string", source: $m2_source30 });
}
const $m2_v40 = $m2_v34["Data"];
if ($m2_v40 !== undefined) {
if (!((typeof $m2_v40 === 'object' && $m2_v40 !== null && !Array.isArray($m2_v40)))) $m2_issues1.push({ path: "/Alert/Items/" + $m2_i33 + "/Data", rule: "type", message: "must be object", source: $m2_source30 });
}
} else $m2_issues1.push({ path: "/Alert/Items/" + $m2_i33, rule: "type", message: "must be object", source: $m2_source30 });
}
} else $m2_issues1.push({ path: "/Alert/Items", rule: "type", message: "must be array", source: $m2_source30 });
}
} else $m2_issues1.push({ path: "/Alert", rule: "type", message: "must be object", source: $m2_source30 });
}
} else $m2_issues1.push({ path: "", rule: "type", message: "must be object", source: $m2_source5 });
if ($m2_issues1.length === 0) return null;
return $m2_issues1;
}
let $m2_rejected = $accepted;
/** The issues validate… reports (null when valid), as toIssues makes them of ajv's errors. */
export function issuesDmPackage3(data) {
  const issues = $m2_check(data);
  $m2_rejected = issues === null ? $accepted : data;
  return issues;
}
export const checkDmPackage3 = function checkDmPackage3(data) {
  return issuesDmPackage3(data) === null;
};
Object.defineProperty(checkDmPackage3, 'errors', {
  get: () => ($m2_rejected === $accepted || ajvCheckDmPackage3($m2_rejected) ? null : ajvCheckDmPackage3.errors),
});
