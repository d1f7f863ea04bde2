/**
 * CR 004's illustrative Package#1 and Package#2, repaired: `Cmd` instead of `CMD`, MIID as arrays
 * of strings instead of the placeholder `[miid]`, and the missing comma after SourceURI added.
 */
export const crPackage1 = {
  MOS: [
    { DDF: 'http://www.vendor.com/DDF/devinfo1.0.ddf', MOID: 'oma:mo:oma-dm-devinfo:1.0', MIID: ['DevInfo1'] },
    {
      DDF: 'http://www.vendor.com/DDF/oma-sessioninfomo1.0.ddf',
      MOID: 'urn:oma:mo:oma-sessioninfomo:1.0',
      MIID: ['SessionInfo1', 'SessionInfo2'],
    },
  ],
  Alert: {
    Items: [
      {
        AlertType: 'urn:oma:at:scomo:1.0:OperationComplete',
        MIMEType: 'text/plain',
        SourceURI: 'urn:oma:mo:oma-scomo:1.0/SCOMO1/Download/Package1/Operations/DownloadInstall',
        Mark: 'warning',
        Data: {},
      },
    ],
  },
};

export const crPackage2Commands = [
  ['HPOST', 'ServerURI', 'ClientURI1', 'ClientURI2'],
  ['GET', 'ClientURI'],
];
