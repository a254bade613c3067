//BENMSTJ  JOB (BEN,PAY,0005),'BPS CLAIMANT MASTER',CLASS=A,MSGCLASS=X,
//             MSGLEVEL=(1,1),REGION=0M
//*********************************************************************
//* BENMSTJ  - APPLY THE DAY'S ONLINE CHANGES TO THE CLAIMANT MASTER
//*
//* SCHEDULE   CONTROL-M TABLE BENNIGHT, 20:30, AFTER CICS FILES
//*            CLMMAST AND CHGLOG ARE CLOSED (CEMT BY BENCICSC)
//* INPUT      BEN.PROD.ONLINE.CHGLOG        ESDS WRITTEN BY BENUPD1
//* I-O        BEN.PROD.CLAIMANT.MASTER      KSDS (CICS FILE CLMMAST)
//* OUTPUT     BEN.PROD.CLAIMANT.MASTER.BKUP(+1)
//*            BEN.PROD.CLAIMANT.CHANGES(+1) SORTED CHANGES
//*            BEN.PROD.CLAIMANT.HISTORY     BEFORE IMAGES (APPENDED)
//*
//* CHANGE HISTORY
//* 07/03/94 PS  CREATED
//* 05/11/07 MP  CR2960 CHANGES FROM THE CICS CHANGE LOG
//*********************************************************************
//*
//*--------------------------------------------------------------------
//* STEP010  BACK UP THE MASTER BEFORE UPDATING IT
//*--------------------------------------------------------------------
//STEP010  EXEC PGM=IDCAMS
//SYSPRINT DD SYSOUT=*
//MASTER   DD DSN=BEN.PROD.CLAIMANT.MASTER,DISP=SHR
//BACKUP   DD DSN=BEN.PROD.CLAIMANT.MASTER.BKUP(+1),
//             DISP=(NEW,CATLG,DELETE),
//             UNIT=SYSDA,SPACE=(CYL,(50,10),RLSE),
//             DCB=(RECFM=FB,LRECL=500,BLKSIZE=0)
//SYSIN    DD *
  REPRO INFILE(MASTER) OUTFILE(BACKUP)
/*
//*
//*--------------------------------------------------------------------
//* STEP020  SORT THE CHANGE LOG BY CLAIMANT (1,9) AND TIME (10,26)
//*--------------------------------------------------------------------
//STEP020  EXEC PGM=SORT,COND=(0,NE)
//SYSOUT   DD SYSOUT=*
//SORTIN   DD DSN=BEN.PROD.ONLINE.CHGLOG,DISP=SHR
//SORTOUT  DD DSN=BEN.PROD.CLAIMANT.CHANGES(+1),
//             DISP=(NEW,CATLG,DELETE),
//             UNIT=SYSDA,SPACE=(CYL,(5,5),RLSE),
//             DCB=(RECFM=FB,LRECL=400,BLKSIZE=0)
//SYSIN    DD *
  SORT FIELDS=(1,9,ZD,A,10,26,CH,A)
/*
//*
//*--------------------------------------------------------------------
//* STEP030  BENVSUP1 - APPLY THE CHANGES
//*--------------------------------------------------------------------
//STEP030  EXEC PGM=BENVSUP1,COND=(0,NE)
//STEPLIB  DD DSN=BEN.PROD.LOADLIB,DISP=SHR
//CLMMAST  DD DSN=BEN.PROD.CLAIMANT.MASTER,DISP=OLD
//TRANIN   DD DSN=BEN.PROD.CLAIMANT.CHANGES(+1),DISP=SHR
//HISTOUT  DD DSN=BEN.PROD.CLAIMANT.HISTORY,DISP=(MOD,KEEP)
//ERRRPT   DD SYSOUT=*,
//             DCB=(RECFM=FBA,LRECL=133)
//SYSOUT   DD SYSOUT=*
//*
//*--------------------------------------------------------------------
//* STEP040  EMPTY THE CHANGE LOG FOR TOMORROW (ONLY IF ALL APPLIED
//*          OR REJECTED CLEANLY - RC 4 OR LESS)
//*--------------------------------------------------------------------
//STEP040  EXEC PGM=IDCAMS,COND=(4,LT,STEP030)
//SYSPRINT DD SYSOUT=*
//SYSIN    DD *
  DELETE BEN.PROD.ONLINE.CHGLOG CLUSTER PURGE
  DEFINE CLUSTER (NAME(BEN.PROD.ONLINE.CHGLOG)  -
                  NONINDEXED                    -
                  RECORDSIZE(400 400)           -
                  CYLINDERS(5 5)                -
                  SHAREOPTIONS(2 3))            -
         DATA    (NAME(BEN.PROD.ONLINE.CHGLOG.DATA))
/*
