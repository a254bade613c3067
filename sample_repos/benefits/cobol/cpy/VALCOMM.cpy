000100*================================================================*VALCOMM
000200* VALCOMM    COMMAREA FOR EXEC CICS LINK PROGRAM('BENVAL1')      *VALCOMM
000300*                                                                *VALCOMM
000400*   CALLER FILLS THE REQUEST FIELDS, BENVAL1 RETURNS VC-RESULT.  *VALCOMM
000500*   THE FIRST FIELD IN ERROR IS RETURNED IN VC-ERROR-FIELD SO    *VALCOMM
000600*   THE CALLER CAN POSITION THE CURSOR.                          *VALCOMM
000700*                                                                *VALCOMM
000800* CHANGE HISTORY                                                 *VALCOMM
000900* 07/03/94 PS  CREATED                                           *VALCOMM
001000* 09/06/04 TW  CR1655 SORT CODE / ACCOUNT / METHOD               *VALCOMM
001100* 20/02/06 KT  CR2390 TEMPORARY NINO FLAG                        *VALCOMM
001200*================================================================*VALCOMM
001300 01  VC-VALIDATION-COMMAREA.                                      VALCOMM
001400     05  VC-REQUEST                  PIC X.                       VALCOMM
001500         88  VC-VALIDATE-ENQUIRY         VALUE 'E'.               VALCOMM
001600         88  VC-VALIDATE-UPDATE          VALUE 'U'.               VALCOMM
001700     05  VC-NINO                     PIC X(9).                    VALCOMM
001800     05  VC-CLAIM-ID-X               PIC X(9).                    VALCOMM
001900     05  VC-PAYMENT-METHOD           PIC X.                       VALCOMM
002000         88  VALID-METHOD                VALUE 'B' 'C' 'P'.       VALCOMM
002100         88  VC-METHOD-NEEDS-BANK        VALUE 'B' 'P'.           VALCOMM
002200     05  VC-SORT-CODE                PIC X(6).                    VALCOMM
002300     05  VC-ACCOUNT-NUMBER           PIC X(8).                    VALCOMM
002400     05  VC-POSTCODE                 PIC X(8).                    VALCOMM
002500     05  VC-RESULT.                                               VALCOMM
002600         10  VC-RETURN-CODE          PIC S9(4) COMP.              VALCOMM
002700             88  VC-VALID                VALUE 0.                 VALCOMM
002800             88  VC-WARNING              VALUE 4.                 VALCOMM
002900             88  VC-INVALID              VALUE 8.                 VALCOMM
003000         10  VC-ERROR-FIELD          PIC X(8).                    VALCOMM
003100         10  VC-ERROR-CODE           PIC X(4).                    VALCOMM
003200         10  VC-ERROR-MESSAGE        PIC X(64).                   VALCOMM
003300         10  VC-NINO-TEMPORARY       PIC X.                       VALCOMM
003400             88  VC-TEMPORARY-NINO       VALUE 'Y'.               VALCOMM
