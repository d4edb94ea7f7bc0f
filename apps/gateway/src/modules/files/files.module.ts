import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type ResolvedConfig } from '../../config/config.module';
import { Upload } from './entities/upload.entity';
import { FilesController } from './files.controller';
import { PhotosService } from './photos.service';
import { createPhotoStore } from './storage/create-photo-store';
import { PHOTO_STORE } from './storage/photo-store';

/** Uploads and photo processing; other modules claim photos through PhotosService. */
@Module({
  imports: [TypeOrmModule.forFeature([Upload])],
  controllers: [FilesController],
  providers: [
    PhotosService,
    {
      provide: PHOTO_STORE,
      inject: [APP_CONFIG],
      useFactory: (config: ResolvedConfig) => createPhotoStore(config.photoStorage),
    },
  ],
  exports: [PhotosService],
})
export class FilesModule {}
