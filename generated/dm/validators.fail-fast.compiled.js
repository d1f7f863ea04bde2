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

export const ajvFailFastDmPackage1 = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://omaspec.dev/schemas/dm/dmPackage1.schema.json","title":"dmPackage1","description":"OMA DM Package#1 JSON Schema.","x-omaspec":{"interface":"dm","name":"dmPackage1","id":"dmPackage1","typeName":"DmPackage1","envelope":"http","kind":"request","direction":"clientToServer","source":{"cr":"004_a402fc140745ff35.txt","section":"7.2","line":60},"mediaType":"application/vnd.oma.dm.initiation+json","provisional":true},"type":"object","properties":{"MOS":{"title":"MOS","type":"array","items":{"type":"object","properties":{"DDF":{"type":"string","x-omaspec-source":{"cr":"004_a402fc140745ff35.txt","section":"7.2","line":103}},"MOID":{"type":"string","x-omaspec-source":{"cr":"004_a402fc140745ff35.txt","section":"7.2","line":110}},"MIID":{"type":"array","items":{"type":"string"},"x-omaspec-source":{"cr":"004_a402fc140745ff35.txt","section":"7.2","line":117}}},"additionalProperties":false},"x-omaspec-source":{"cr":"004_a402fc140745ff35.txt","section":"7.2","line":78}},"Alert":{"title":"Alert","type":"object","description":"PROVISIONAL (decision D8): Client Initiated Alert, shaped after the CR 004 example until a CR defines it.","properties":{"Items":{"type":"array","items":{"type":"object","properties":{"AlertType":{"type":"string"},"MIMEType":{"type":"string"},"SourceURI":{"type":"string"},"Mark":{"type":"string"},"Data":{"type":"object"}},"required":["AlertType"],"additionalProperties":false}}},"required":["Items"],"additionalProperties":false,"x-omaspec-source":{"cr":"004_a402fc140745ff35.txt","section":"7.2","line":163}}},"additionalProperties":false};

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://omaspec.dev/schemas/dm/dmPackage1.schema.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "MOS") || (key0 === "Alert"))){
validate10.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.MOS !== undefined){
let data0 = data.MOS;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs4 = errors;
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
const _errs6 = errors;
for(const key1 in data1){
if(!(((key1 === "DDF") || (key1 === "MOID")) || (key1 === "MIID"))){
validate10.errors = [{instancePath:instancePath+"/MOS/" + i0,schemaPath:"#/properties/MOS/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs6 === errors){
if(data1.DDF !== undefined){
const _errs7 = errors;
if(typeof data1.DDF !== "string"){
validate10.errors = [{instancePath:instancePath+"/MOS/" + i0+"/DDF",schemaPath:"#/properties/MOS/items/properties/DDF/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.MOID !== undefined){
const _errs9 = errors;
if(typeof data1.MOID !== "string"){
validate10.errors = [{instancePath:instancePath+"/MOS/" + i0+"/MOID",schemaPath:"#/properties/MOS/items/properties/MOID/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.MIID !== undefined){
let data4 = data1.MIID;
const _errs11 = errors;
if(errors === _errs11){
if(Array.isArray(data4)){
var valid3 = true;
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
const _errs13 = errors;
if(typeof data4[i1] !== "string"){
validate10.errors = [{instancePath:instancePath+"/MOS/" + i0+"/MIID/" + i1,schemaPath:"#/properties/MOS/items/properties/MIID/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs13 === errors;
if(!valid3){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/MOS/" + i0+"/MIID",schemaPath:"#/properties/MOS/items/properties/MIID/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/MOS/" + i0,schemaPath:"#/properties/MOS/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/MOS",schemaPath:"#/properties/MOS/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.Alert !== undefined){
let data6 = data.Alert;
const _errs15 = errors;
if(errors === _errs15){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
let missing0;
if((data6.Items === undefined) && (missing0 = "Items")){
validate10.errors = [{instancePath:instancePath+"/Alert",schemaPath:"#/properties/Alert/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs17 = errors;
for(const key2 in data6){
if(!(key2 === "Items")){
validate10.errors = [{instancePath:instancePath+"/Alert",schemaPath:"#/properties/Alert/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs17 === errors){
if(data6.Items !== undefined){
let data7 = data6.Items;
const _errs18 = errors;
if(errors === _errs18){
if(Array.isArray(data7)){
var valid5 = true;
const len2 = data7.length;
for(let i2=0; i2<len2; i2++){
let data8 = data7[i2];
const _errs20 = errors;
if(errors === _errs20){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
let missing1;
if((data8.AlertType === undefined) && (missing1 = "AlertType")){
validate10.errors = [{instancePath:instancePath+"/Alert/Items/" + i2,schemaPath:"#/properties/Alert/properties/Items/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs22 = errors;
for(const key3 in data8){
if(!(((((key3 === "AlertType") || (key3 === "MIMEType")) || (key3 === "SourceURI")) || (key3 === "Mark")) || (key3 === "Data"))){
validate10.errors = [{instancePath:instancePath+"/Alert/Items/" + i2,schemaPath:"#/properties/Alert/properties/Items/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs22 === errors){
if(data8.AlertType !== undefined){
const _errs23 = errors;
if(typeof data8.AlertType !== "string"){
validate10.errors = [{instancePath:instancePath+"/Alert/Items/" + i2+"/AlertType",schemaPath:"#/properties/Alert/properties/Items/items/properties/AlertType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs23 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data8.MIMEType !== undefined){
const _errs25 = errors;
if(typeof data8.MIMEType !== "string"){
validate10.errors = [{instancePath:instancePath+"/Alert/Items/" + i2+"/MIMEType",schemaPath:"#/properties/Alert/properties/Items/items/properties/MIMEType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs25 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data8.SourceURI !== undefined){
const _errs27 = errors;
if(typeof data8.SourceURI !== "string"){
validate10.errors = [{instancePath:instancePath+"/Alert/Items/" + i2+"/SourceURI",schemaPath:"#/properties/Alert/properties/Items/items/properties/SourceURI/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs27 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data8.Mark !== undefined){
const _errs29 = errors;
if(typeof data8.Mark !== "string"){
validate10.errors = [{instancePath:instancePath+"/Alert/Items/" + i2+"/Mark",schemaPath:"#/properties/Alert/properties/Items/items/properties/Mark/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs29 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data8.Data !== undefined){
let data13 = data8.Data;
const _errs31 = errors;
if(!(data13 && typeof data13 == "object" && !Array.isArray(data13))){
validate10.errors = [{instancePath:instancePath+"/Alert/Items/" + i2+"/Data",schemaPath:"#/properties/Alert/properties/Items/items/properties/Data/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid6 = _errs31 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/Alert/Items/" + i2,schemaPath:"#/properties/Alert/properties/Items/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid5 = _errs20 === errors;
if(!valid5){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/Alert/Items",schemaPath:"#/properties/Alert/properties/Items/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/Alert",schemaPath:"#/properties/Alert/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
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

export const ajvFailFastDmPackage2 = validate11;
const schema12 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://omaspec.dev/schemas/dm/dmPackage2.schema.json","title":"dmPackage2","description":"OMA DM Package#2 JSON Schema.","x-omaspec":{"interface":"dm","name":"dmPackage2","id":"dmPackage2","typeName":"DmPackage2","envelope":"http","kind":"response","direction":"serverToClient","source":{"cr":"004_a402fc140745ff35.txt","section":"7.3","line":333},"responseTo":"dmPackage1","mediaType":"application/vnd.oma.dm.request+json"},"type":"object","properties":{"Cmd":{"title":"Cmd","type":"array","items":{"type":"array","items":{"description":"DM cmd, parameters in order","type":"string"}},"x-omaspec-source":{"cr":"004_a402fc140745ff35.txt","section":"7.3","line":351}}},"required":["Cmd"],"additionalProperties":false};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://omaspec.dev/schemas/dm/dmPackage2.schema.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.Cmd === undefined) && (missing0 = "Cmd")){
validate11.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "Cmd")){
validate11.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.Cmd !== undefined){
let data0 = data.Cmd;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs4 = errors;
if(errors === _errs4){
if(Array.isArray(data1)){
var valid2 = true;
const len1 = data1.length;
for(let i1=0; i1<len1; i1++){
const _errs6 = errors;
if(typeof data1[i1] !== "string"){
validate11.errors = [{instancePath:instancePath+"/Cmd/" + i0+"/" + i1,schemaPath:"#/properties/Cmd/items/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs6 === errors;
if(!valid2){
break;
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/Cmd/" + i0,schemaPath:"#/properties/Cmd/items/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/Cmd",schemaPath:"#/properties/Cmd/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
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

export const ajvFailFastDmPackage3 = validate12;
const schema13 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://omaspec.dev/schemas/dm/dmPackage3.schema.json","title":"dmPackage3","description":"OMA DM Package#3.","x-omaspec":{"interface":"dm","name":"dmPackage3","id":"dmPackage3","typeName":"DmPackage3","envelope":"http","kind":"request","direction":"clientToServer","source":{"cr":"extensions/dm-package3.yaml","section":"extension:dm-package3","line":17},"response":"dmPackage2","mediaType":"application/vnd.oma.dm.response+json","provisional":true},"type":"object","properties":{"Status":{"title":"Status","description":"One status per command of the Package#2 this package answers, in the same order.","type":"array","items":{"type":"object","properties":{"sc":{"type":"integer","minimum":100,"maximum":599,"description":"Status code of the command (200 done, 202 accepted, 304 not modified, 404 no such node, 405 permanent node, 406/415 media type refused, 500 failed)."},"URI":{"type":"array","items":{"type":"string"},"description":"The ClientURIs the command concerned."},"Data":{"type":"array","items":{"anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"description":"GET and SHOW only, one entry per URI - a leaf value, or the child names of an interior node."}},"required":["sc"],"additionalProperties":false},"x-omaspec-source":{"cr":"extensions/dm-package3.yaml","section":"extension:dm-package3","line":28}},"Alert":{"title":"Alert","description":"Client Initiated Alerts, shaped as in Package#1 (decision D8).","type":"object","properties":{"Items":{"type":"array","items":{"type":"object","properties":{"AlertType":{"type":"string"},"MIMEType":{"type":"string"},"SourceURI":{"type":"string"},"Mark":{"type":"string"},"Data":{"type":"object"}},"required":["AlertType"],"additionalProperties":false}}},"required":["Items"],"additionalProperties":false,"x-omaspec-source":{"cr":"extensions/dm-package3.yaml","section":"extension:dm-package3","line":54}}},"required":["Status"],"additionalProperties":false};

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://omaspec.dev/schemas/dm/dmPackage3.schema.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.Status === undefined) && (missing0 = "Status")){
validate12.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "Status") || (key0 === "Alert"))){
validate12.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.Status !== undefined){
let data0 = data.Status;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs4 = errors;
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.sc === undefined) && (missing1 = "sc")){
validate12.errors = [{instancePath:instancePath+"/Status/" + i0,schemaPath:"#/properties/Status/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs6 = errors;
for(const key1 in data1){
if(!(((key1 === "sc") || (key1 === "URI")) || (key1 === "Data"))){
validate12.errors = [{instancePath:instancePath+"/Status/" + i0,schemaPath:"#/properties/Status/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs6 === errors){
if(data1.sc !== undefined){
let data2 = data1.sc;
const _errs7 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate12.errors = [{instancePath:instancePath+"/Status/" + i0+"/sc",schemaPath:"#/properties/Status/items/properties/sc/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs7){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 599 || isNaN(data2)){
validate12.errors = [{instancePath:instancePath+"/Status/" + i0+"/sc",schemaPath:"#/properties/Status/items/properties/sc/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599"}];
return false;
}
else {
if(data2 < 100 || isNaN(data2)){
validate12.errors = [{instancePath:instancePath+"/Status/" + i0+"/sc",schemaPath:"#/properties/Status/items/properties/sc/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"}];
return false;
}
}
}
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.URI !== undefined){
let data3 = data1.URI;
const _errs9 = errors;
if(errors === _errs9){
if(Array.isArray(data3)){
var valid3 = true;
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
const _errs11 = errors;
if(typeof data3[i1] !== "string"){
validate12.errors = [{instancePath:instancePath+"/Status/" + i0+"/URI/" + i1,schemaPath:"#/properties/Status/items/properties/URI/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs11 === errors;
if(!valid3){
break;
}
}
}
else {
validate12.errors = [{instancePath:instancePath+"/Status/" + i0+"/URI",schemaPath:"#/properties/Status/items/properties/URI/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data1.Data !== undefined){
let data5 = data1.Data;
const _errs13 = errors;
if(errors === _errs13){
if(Array.isArray(data5)){
var valid4 = true;
const len2 = data5.length;
for(let i2=0; i2<len2; i2++){
let data6 = data5[i2];
const _errs15 = errors;
const _errs16 = errors;
let valid5 = false;
const _errs17 = errors;
if(typeof data6 !== "string"){
const err0 = {instancePath:instancePath+"/Status/" + i0+"/Data/" + i2,schemaPath:"#/properties/Status/items/properties/Data/items/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs17 === errors;
valid5 = valid5 || _valid0;
if(!valid5){
const _errs19 = errors;
if(errors === _errs19){
if(Array.isArray(data6)){
var valid6 = true;
const len3 = data6.length;
for(let i3=0; i3<len3; i3++){
const _errs21 = errors;
if(typeof data6[i3] !== "string"){
const err1 = {instancePath:instancePath+"/Status/" + i0+"/Data/" + i2+"/" + i3,schemaPath:"#/properties/Status/items/properties/Data/items/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var valid6 = _errs21 === errors;
if(!valid6){
break;
}
}
}
else {
const err2 = {instancePath:instancePath+"/Status/" + i0+"/Data/" + i2,schemaPath:"#/properties/Status/items/properties/Data/items/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs19 === errors;
valid5 = valid5 || _valid0;
}
if(!valid5){
const err3 = {instancePath:instancePath+"/Status/" + i0+"/Data/" + i2,schemaPath:"#/properties/Status/items/properties/Data/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate12.errors = vErrors;
return false;
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
var valid4 = _errs15 === errors;
if(!valid4){
break;
}
}
}
else {
validate12.errors = [{instancePath:instancePath+"/Status/" + i0+"/Data",schemaPath:"#/properties/Status/items/properties/Data/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
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
}
else {
validate12.errors = [{instancePath:instancePath+"/Status/" + i0,schemaPath:"#/properties/Status/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
else {
validate12.errors = [{instancePath:instancePath+"/Status",schemaPath:"#/properties/Status/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.Alert !== undefined){
let data8 = data.Alert;
const _errs23 = errors;
if(errors === _errs23){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
let missing2;
if((data8.Items === undefined) && (missing2 = "Items")){
validate12.errors = [{instancePath:instancePath+"/Alert",schemaPath:"#/properties/Alert/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs25 = errors;
for(const key2 in data8){
if(!(key2 === "Items")){
validate12.errors = [{instancePath:instancePath+"/Alert",schemaPath:"#/properties/Alert/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs25 === errors){
if(data8.Items !== undefined){
let data9 = data8.Items;
const _errs26 = errors;
if(errors === _errs26){
if(Array.isArray(data9)){
var valid8 = true;
const len4 = data9.length;
for(let i4=0; i4<len4; i4++){
let data10 = data9[i4];
const _errs28 = errors;
if(errors === _errs28){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
let missing3;
if((data10.AlertType === undefined) && (missing3 = "AlertType")){
validate12.errors = [{instancePath:instancePath+"/Alert/Items/" + i4,schemaPath:"#/properties/Alert/properties/Items/items/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs30 = errors;
for(const key3 in data10){
if(!(((((key3 === "AlertType") || (key3 === "MIMEType")) || (key3 === "SourceURI")) || (key3 === "Mark")) || (key3 === "Data"))){
validate12.errors = [{instancePath:instancePath+"/Alert/Items/" + i4,schemaPath:"#/properties/Alert/properties/Items/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs30 === errors){
if(data10.AlertType !== undefined){
const _errs31 = errors;
if(typeof data10.AlertType !== "string"){
validate12.errors = [{instancePath:instancePath+"/Alert/Items/" + i4+"/AlertType",schemaPath:"#/properties/Alert/properties/Items/items/properties/AlertType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid9 = _errs31 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data10.MIMEType !== undefined){
const _errs33 = errors;
if(typeof data10.MIMEType !== "string"){
validate12.errors = [{instancePath:instancePath+"/Alert/Items/" + i4+"/MIMEType",schemaPath:"#/properties/Alert/properties/Items/items/properties/MIMEType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid9 = _errs33 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data10.SourceURI !== undefined){
const _errs35 = errors;
if(typeof data10.SourceURI !== "string"){
validate12.errors = [{instancePath:instancePath+"/Alert/Items/" + i4+"/SourceURI",schemaPath:"#/properties/Alert/properties/Items/items/properties/SourceURI/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid9 = _errs35 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data10.Mark !== undefined){
const _errs37 = errors;
if(typeof data10.Mark !== "string"){
validate12.errors = [{instancePath:instancePath+"/Alert/Items/" + i4+"/Mark",schemaPath:"#/properties/Alert/properties/Items/items/properties/Mark/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid9 = _errs37 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data10.Data !== undefined){
let data15 = data10.Data;
const _errs39 = errors;
if(!(data15 && typeof data15 == "object" && !Array.isArray(data15))){
validate12.errors = [{instancePath:instancePath+"/Alert/Items/" + i4+"/Data",schemaPath:"#/properties/Alert/properties/Items/items/properties/Data/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
var valid9 = _errs39 === errors;
}
else {
var valid9 = true;
}
}
}
}
}
}
}
}
else {
validate12.errors = [{instancePath:instancePath+"/Alert/Items/" + i4,schemaPath:"#/properties/Alert/properties/Items/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid8 = _errs28 === errors;
if(!valid8){
break;
}
}
}
else {
validate12.errors = [{instancePath:instancePath+"/Alert/Items",schemaPath:"#/properties/Alert/properties/Items/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
}
}
else {
validate12.errors = [{instancePath:instancePath+"/Alert",schemaPath:"#/properties/Alert/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs23 === errors;
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

const $accepted = Symbol('accepted');


function $m0_check($m0_data0) {
if (!((typeof $m0_data0 === 'object' && $m0_data0 !== null && !Array.isArray($m0_data0)))) return false;
{
const $m0_v1 = $m0_data0["MOS"];
if ($m0_v1 !== undefined) {
if (!(Array.isArray($m0_v1))) return false;
for (let $m0_i2 = 0; $m0_i2 < $m0_v1.length; $m0_i2++) {
const $m0_v3 = $m0_v1[$m0_i2];
if (!((typeof $m0_v3 === 'object' && $m0_v3 !== null && !Array.isArray($m0_v3)))) return false;
{
const $m0_v4 = $m0_v3["DDF"];
if ($m0_v4 !== undefined) {
if (!(typeof $m0_v4 === 'string')) return false;
}
}
{
const $m0_v5 = $m0_v3["MOID"];
if ($m0_v5 !== undefined) {
if (!(typeof $m0_v5 === 'string')) return false;
}
}
{
const $m0_v6 = $m0_v3["MIID"];
if ($m0_v6 !== undefined) {
if (!(Array.isArray($m0_v6))) return false;
for (let $m0_i7 = 0; $m0_i7 < $m0_v6.length; $m0_i7++) {
const $m0_v8 = $m0_v6[$m0_i7];
if (!(typeof $m0_v8 === 'string')) return false;
}
}
}
for (const $m0_key9 in $m0_v3) if ($m0_key9 !== "DDF" && $m0_key9 !== "MOID" && $m0_key9 !== "MIID") return false;
}
}
}
{
const $m0_v10 = $m0_data0["Alert"];
if ($m0_v10 !== undefined) {
if (!((typeof $m0_v10 === 'object' && $m0_v10 !== null && !Array.isArray($m0_v10)))) return false;
{
const $m0_v11 = $m0_v10["Items"];
if ($m0_v11 === undefined) return false;
if (!(Array.isArray($m0_v11))) return false;
for (let $m0_i12 = 0; $m0_i12 < $m0_v11.length; $m0_i12++) {
const $m0_v13 = $m0_v11[$m0_i12];
if (!((typeof $m0_v13 === 'object' && $m0_v13 !== null && !Array.isArray($m0_v13)))) return false;
{
const $m0_v14 = $m0_v13["AlertType"];
if ($m0_v14 === undefined) return false;
if (!(typeof $m0_v14 === 'string')) return false;
}
{
const $m0_v15 = $m0_v13["MIMEType"];
if ($m0_v15 !== undefined) {
if (!(typeof $m0_v15 === 'string')) return false;
}
}
{
const $m0_v16 = $m0_v13["SourceURI"];
if ($m0_v16 !== undefined) {
if (!(typeof $m0_v16 === 'string')) return false;
}
}
{
const $m0_v17 = $m0_v13["Mark"];
if ($m0_v17 !== undefined) {
if (!(typeof $m0_v17 === 'string')) return false;
}
}
{
const $m0_v18 = $m0_v13["Data"];
if ($m0_v18 !== undefined) {
if (!((typeof $m0_v18 === 'object' && $m0_v18 !== null && !Array.isArray($m0_v18)))) return false;
}
}
for (const $m0_key19 in $m0_v13) if ($m0_key19 !== "AlertType" && $m0_key19 !== "MIMEType" && $m0_key19 !== "SourceURI" && $m0_key19 !== "Mark" && $m0_key19 !== "Data") return false;
}
}
for (const $m0_key20 in $m0_v10) if ($m0_key20 !== "Items") return false;
}
}
for (const $m0_key21 in $m0_data0) if ($m0_key21 !== "MOS" && $m0_key21 !== "Alert") return false;
return true;
}
let $m0_rejected = $accepted;
export const failFastDmPackage1 = function failFastDmPackage1(data) {
  const valid = $m0_check(data);
  $m0_rejected = valid ? $accepted : data;
  return valid;
};
Object.defineProperty(failFastDmPackage1, 'errors', {
  get: () => ($m0_rejected === $accepted || ajvFailFastDmPackage1($m0_rejected) ? null : ajvFailFastDmPackage1.errors),
});


function $m1_check($m1_data0) {
if (!((typeof $m1_data0 === 'object' && $m1_data0 !== null && !Array.isArray($m1_data0)))) return false;
{
const $m1_v1 = $m1_data0["Cmd"];
if ($m1_v1 === undefined) return false;
if (!(Array.isArray($m1_v1))) return false;
for (let $m1_i2 = 0; $m1_i2 < $m1_v1.length; $m1_i2++) {
const $m1_v3 = $m1_v1[$m1_i2];
if (!(Array.isArray($m1_v3))) return false;
for (let $m1_i4 = 0; $m1_i4 < $m1_v3.length; $m1_i4++) {
const $m1_v5 = $m1_v3[$m1_i4];
if (!(typeof $m1_v5 === 'string')) return false;
}
}
}
for (const $m1_key6 in $m1_data0) if ($m1_key6 !== "Cmd") return false;
return true;
}
let $m1_rejected = $accepted;
export const failFastDmPackage2 = function failFastDmPackage2(data) {
  const valid = $m1_check(data);
  $m1_rejected = valid ? $accepted : data;
  return valid;
};
Object.defineProperty(failFastDmPackage2, 'errors', {
  get: () => ($m1_rejected === $accepted || ajvFailFastDmPackage2($m1_rejected) ? null : ajvFailFastDmPackage2.errors),
});

function $m2_check11($m2_v12) {
if (!(typeof $m2_v12 === 'string')) return false;
return true;
}
function $m2_check13($m2_v14) {
if (!(Array.isArray($m2_v14))) return false;
for (let $m2_i15 = 0; $m2_i15 < $m2_v14.length; $m2_i15++) {
const $m2_v16 = $m2_v14[$m2_i15];
if (!(typeof $m2_v16 === 'string')) return false;
}
return true;
}
function $m2_check($m2_data0) {
if (!((typeof $m2_data0 === 'object' && $m2_data0 !== null && !Array.isArray($m2_data0)))) return false;
{
const $m2_v1 = $m2_data0["Status"];
if ($m2_v1 === undefined) return false;
if (!(Array.isArray($m2_v1))) return false;
for (let $m2_i2 = 0; $m2_i2 < $m2_v1.length; $m2_i2++) {
const $m2_v3 = $m2_v1[$m2_i2];
if (!((typeof $m2_v3 === 'object' && $m2_v3 !== null && !Array.isArray($m2_v3)))) return false;
{
const $m2_v4 = $m2_v3["sc"];
if ($m2_v4 === undefined) return false;
if (!(Number.isInteger($m2_v4))) return false;
if ($m2_v4 > 599) return false;
if ($m2_v4 < 100) return false;
}
{
const $m2_v5 = $m2_v3["URI"];
if ($m2_v5 !== undefined) {
if (!(Array.isArray($m2_v5))) return false;
for (let $m2_i6 = 0; $m2_i6 < $m2_v5.length; $m2_i6++) {
const $m2_v7 = $m2_v5[$m2_i6];
if (!(typeof $m2_v7 === 'string')) return false;
}
}
}
{
const $m2_v8 = $m2_v3["Data"];
if ($m2_v8 !== undefined) {
if (!(Array.isArray($m2_v8))) return false;
for (let $m2_i9 = 0; $m2_i9 < $m2_v8.length; $m2_i9++) {
const $m2_v10 = $m2_v8[$m2_i9];
if (!($m2_check11($m2_v10) || $m2_check13($m2_v10))) return false;
}
}
}
for (const $m2_key17 in $m2_v3) if ($m2_key17 !== "sc" && $m2_key17 !== "URI" && $m2_key17 !== "Data") return false;
}
}
{
const $m2_v18 = $m2_data0["Alert"];
if ($m2_v18 !== undefined) {
if (!((typeof $m2_v18 === 'object' && $m2_v18 !== null && !Array.isArray($m2_v18)))) return false;
{
const $m2_v19 = $m2_v18["Items"];
if ($m2_v19 === undefined) return false;
if (!(Array.isArray($m2_v19))) return false;
for (let $m2_i20 = 0; $m2_i20 < $m2_v19.length; $m2_i20++) {
const $m2_v21 = $m2_v19[$m2_i20];
if (!((typeof $m2_v21 === 'object' && $m2_v21 !== null && !Array.isArray($m2_v21)))) return false;
{
const $m2_v22 = $m2_v21["AlertType"];
if ($m2_v22 === undefined) return false;
if (!(typeof $m2_v22 === 'string')) return false;
}
{
const $m2_v23 = $m2_v21["MIMEType"];
if ($m2_v23 !== undefined) {
if (!(typeof $m2_v23 === 'string')) return false;
}
}
{
const $m2_v24 = $m2_v21["SourceURI"];
if ($m2_v24 !== undefined) {
if (!(typeof $m2_v24 === 'string')) return false;
}
}
{
const $m2_v25 = $m2_v21["Mark"];
if ($m2_v25 !== undefined) {
if (!(typeof $m2_v25 === 'string')) return false;
}
}
{
const $m2_v26 = $m2_v21["Data"];
if ($m2_v26 !== undefined) {
if (!((typeof $m2_v26 === 'object' && $m2_v26 !== null && !Array.isArray($m2_v26)))) return false;
}
}
for (const $m2_key27 in $m2_v21) if ($m2_key27 !== "AlertType" && $m2_key27 !== "MIMEType" && $m2_key27 !== "SourceURI" && $m2_key27 !== "Mark" && $m2_key27 !== "Data") return false;
}
}
for (const $m2_key28 in $m2_v18) if ($m2_key28 !== "Items") return false;
}
}
for (const $m2_key29 in $m2_data0) if ($m2_key29 !== "Status" && $m2_key29 !== "Alert") return false;
return true;
}
let $m2_rejected = $accepted;
export const failFastDmPackage3 = function failFastDmPackage3(data) {
  const valid = $m2_check(data);
  $m2_rejected = valid ? $accepted : data;
  return valid;
};
Object.defineProperty(failFastDmPackage3, 'errors', {
  get: () => ($m2_rejected === $accepted || ajvFailFastDmPackage3($m2_rejected) ? null : ajvFailFastDmPackage3.errors),
});
