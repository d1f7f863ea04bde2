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

export const checkDmPackage1 = validate10;
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

export const checkDmPackage2 = validate11;
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

export const checkDmPackage3 = validate12;
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
