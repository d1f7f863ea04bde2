/*
 * GENERATED FILE — DO NOT EDIT. Regenerate with `npx omaspec generate` (`npx omaspec check` detects drift).
 * Sources:
 *   spec/schemas/index.json
 *   spec/schemas/dm/dmPackage1.schema.json
 *   spec/schemas/dm/dmPackage2.schema.json
 */
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);

export const failFastDmPackage1 = validate10;
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

export const failFastDmPackage2 = validate11;
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
