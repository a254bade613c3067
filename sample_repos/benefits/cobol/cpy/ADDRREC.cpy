000100*================================================================*ADDRREC
000200* ADDRREC    POSTAL ADDRESS - 10 LEVEL ITEMS                     *ADDRREC
000300*            COPY UNDER AN 05 GROUP (SEE CLMMAST)                *ADDRREC
000400* 20/02/91 DH  CREATED                                           *ADDRREC
000500* 13/08/07 MP  CR2930 COUNTRY CODE FOR OVERSEAS PENSIONERS       *ADDRREC
000600*================================================================*ADDRREC
000700         10  AD-LINE-1               PIC X(40).                   ADDRREC
000800         10  AD-LINE-2               PIC X(40).                   ADDRREC
000900         10  AD-LINE-3               PIC X(40).                   ADDRREC
001000         10  AD-TOWN                 PIC X(30).                   ADDRREC
001100         10  AD-COUNTY               PIC X(30).                   ADDRREC
001200         10  AD-POSTCODE             PIC X(8).                    ADDRREC
001300         10  AD-POSTCODE-R REDEFINES AD-POSTCODE.                 ADDRREC
001400             15  AD-POSTCODE-OUTWARD PIC X(4).                    ADDRREC
001500             15  AD-POSTCODE-INWARD  PIC X(4).                    ADDRREC
001600         10  AD-COUNTRY-CODE         PIC X(2).                    ADDRREC
001700             88  AD-UK-ADDRESS           VALUE 'GB'.              ADDRREC
